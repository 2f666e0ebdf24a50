# checks importing a non-existent module
import does_not_exist_mod
