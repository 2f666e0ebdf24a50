# checks the TypeError for ordering user instances without __lt__
class Thing:
    pass
Thing() < Thing()
