"""Release ids in every order the release table offers: listing.ORDERS, and by warnings."""

from __future__ import annotations

from labeldesk.library import listing

EXTRA_ORDERS = {
    "warnings": "(SELECT count(*) FROM release_warnings w WHERE w.release_id = r.id)",
}
TABLE_ORDERS = (*listing.ORDERS, *EXTRA_ORDERS)


def sorted_release_ids(lib, search: str | None = None, order: str = "title", descending: bool = False) -> list[int]:
    """The ids of the releases matching `search`, in `order` (one of TABLE_ORDERS)."""
    if order in listing.ORDERS:
        return listing.release_ids(lib, search=search, order=order, descending=descending)
    if order not in EXTRA_ORDERS:
        raise ValueError(f"unknown order {order!r}; one of {', '.join(TABLE_ORDERS)}")
    where = listing._filter(search)
    if where is None:
        return []
    direction = " DESC" if descending else ""
    sql = f"SELECT r.id FROM releases r{where[0]} ORDER BY {EXTRA_ORDERS[order]}{direction}, r.id{direction}"
    return [r[0] for r in lib.conn.execute(sql, where[1])]
