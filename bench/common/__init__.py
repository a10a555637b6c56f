"""What more than one kind of measurement uses."""
