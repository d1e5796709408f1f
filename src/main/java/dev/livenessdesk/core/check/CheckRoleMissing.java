package dev.livenessdesk.core.check;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;

/**
 * The connection signs with temporary credentials (a role or SSO profile) and names no check role, so no
 * scoped credentials can be made. The user may set one up, or choose to hand over the current credentials.
 */
public final class CheckRoleMissing extends ServiceException {

    private static final long serialVersionUID = 1L;

    public CheckRoleMissing(String profileDescription) {
        super(ServiceError.of(ErrorKind.ACCESS_DENIED, CheckWords.get("role.missing", profileDescription),
                CheckWords.get("role.missing.next")));
    }
}
