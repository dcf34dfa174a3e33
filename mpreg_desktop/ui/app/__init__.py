"""App-wide: context, single instance, language, icons, words for errors and sources,
focus and wheel behaviour, background jobs."""
