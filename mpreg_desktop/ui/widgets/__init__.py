"""Small reusable widgets that the step pages share."""
