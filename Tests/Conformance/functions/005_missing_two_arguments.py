# checks the TypeError naming two missing arguments
def box(w, h, d):
    return w * h * d
box(1)
