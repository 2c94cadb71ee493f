"""upsignal: mine customer conversations for upsell signals."""

__version__ = "0.1.0"
