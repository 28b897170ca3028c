"""Built-in Python rules: one module per rule, grouped by family."""
