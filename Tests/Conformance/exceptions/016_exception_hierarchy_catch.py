# checks catching by base class and order of except clauses
class AppError(Exception):
    pass
class DbError(AppError):
    pass
for exc in [DbError("db"), AppError("app"), KeyError("k")]:
    try:
        raise exc
    except DbError:
        print("db handler")
    except AppError as e:
        print("app handler", e)
    except Exception as e:
        print("generic", type(e).__name__)
