"""Attribution: sources, outlets and verbs of saying in house style."""
