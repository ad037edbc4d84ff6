"""The HTTP interface: `create_app(settings)`, one controller module per resource."""
