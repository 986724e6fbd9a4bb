"""The document engine: templates as data (resources/templates), filling, layout and PDF
rendering with reportlab. Beside the services, below the UI: no Qt, no database."""
