"""`make chaos`: faults injected into a running suite of its own, under a steady mixed load."""
