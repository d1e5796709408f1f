"""moto_server with S3's listings and deletes under one lock, for bench/purge only.

moto 5.2 lists a bucket while other request threads delete from it without a lock, and then fails the listing with
a KeyError (HTTP 500): `aws s3 rm --recursive` (one thread listing, ten deleting) stops halfway. S3 itself answers
both at once. The calls still run on moto's threads as before (Python runs one at a time anyway); only a listing
and a delete no longer interleave.
"""
import functools
import re
import sys
import threading

from moto.s3.models import S3Backend

_LOCK = threading.RLock()

for _name in ("list_objects", "list_objects_v2", "list_object_versions", "delete_object", "delete_objects",
              "put_object"):
    _original = getattr(S3Backend, _name)

    def _locked(*args, _original=_original, **kwargs):
        with _LOCK:
            return _original(*args, **kwargs)

    setattr(S3Backend, _name, functools.wraps(_original)(_locked))

from moto.server import main  # noqa: E402 (after the lock is in place)

if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\.pyw|\.exe)?$", "", sys.argv[0])
    sys.exit(main())
