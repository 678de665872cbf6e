import ArgumentParser
import LimberCore
print("limber")
