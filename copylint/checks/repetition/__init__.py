"""Repeated words."""
