"""The pack a store's analysis is bound to: the derived tables are built with one pack, and using another
(or a changed one) needs `dossier reprocess`."""

from __future__ import annotations

import hashlib

from dossier.errors import DossierError
from dossier.packs import PACK_CONTENT, Pack, pack_content
from dossier.store import StoreWriter


def bind_pack(store: StoreWriter, pack: Pack) -> None:
    """The derived tables are built with one pack; using another needs `dossier reprocess`."""
    fingerprint = pack_fingerprint(pack)
    bound = store.get_meta("pack")
    if bound is None or store.get_meta("pack_fingerprint") is None:
        with store.transaction():
            store.set_meta("pack", pack.name)
            store.set_meta("pack_fingerprint", fingerprint)
            store.set_meta(PACK_CONTENT, pack_content(pack))  # the store is self-contained: the file may go
            store.issues.save_definitions([(i.id, i.label, i.keywords, i.anchors) for i in pack.issues])
    elif bound != pack.name or store.get_meta("pack_fingerprint") != fingerprint:
        raise DossierError(
            f"this store was analysed with pack {bound!r}; to use {pack.name!r} (or a changed pack) run"
            f" `dossier reprocess --pack {pack.name}`, or pass --pack {bound}"
        )
    elif store.get_meta(PACK_CONTENT) is None:  # a store bound before packs were kept with it
        with store.transaction():
            store.set_meta(PACK_CONTENT, pack_content(pack))


def pack_fingerprint(pack: Pack) -> str:
    return hashlib.sha256(pack.model_dump_json().encode()).hexdigest()[:16]
