# checks __len__ returning a non-int raises TypeError
class Bad:
    def __len__(self):
        return "3"
len(Bad())
