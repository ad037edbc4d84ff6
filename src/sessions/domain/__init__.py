"""The pure core: zones and wall-clock rules, segment plans, agendas, conflicts.

Plain values in and out. No framework, no database, no clock reads.
"""
