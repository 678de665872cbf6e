public enum LimberCore {}
