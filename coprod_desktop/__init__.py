"""CoProd Desktop: accessible, credited co-production meetings on one shared screen."""

__version__ = "0.1.0"
