"""Models of the supervision register (filled in by its issue-4 work)."""
