"""Models of the petition register (filled in by its issue-4 work)."""
