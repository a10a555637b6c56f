"""threadline's core: the moderated, checkpointed chat graph. Knows nothing of HTTP."""
