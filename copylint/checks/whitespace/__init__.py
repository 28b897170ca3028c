"""Spaces where they do not belong."""
