"""`make bench`: the suite of its own, seeded in bulk, loaded from another process."""
