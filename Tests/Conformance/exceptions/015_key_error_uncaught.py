# checks the uncaught KeyError line shows the repr of the key
scores = {"ada": 3}
print(scores["ada"])
print(scores["bob"])
