"""Blank fillable forms, derived from each form's description: Excel and fillable PDF."""
