"""briefgen: turn a folder of messy texts about summits into localized, cited briefing packs."""

__version__ = "0.1.0"
