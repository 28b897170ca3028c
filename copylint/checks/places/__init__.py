"""Places in AP style: states in the body, and the dateline's state or standalone city."""
