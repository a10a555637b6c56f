"""threadline's HTTP layer: routers and request validation around the graph."""
