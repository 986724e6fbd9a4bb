"""Models of the cooperation register (filled in by its issue-4 work)."""
