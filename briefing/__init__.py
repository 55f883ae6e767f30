"""briefing: an offline generator of crisis briefs from news articles."""

__version__ = "0.1.0"
