# twisted.protocols: basic (LineReceiver and friends).
__path__ = []
