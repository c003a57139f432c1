"""rift: Albania and the Soviet Union in the Cold War, as data to explore, measure and check."""

__version__ = "0.1.0"
