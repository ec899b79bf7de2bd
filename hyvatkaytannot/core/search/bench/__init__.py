"""Search benchmark: corpus generator, measured steps, runner (`hyvatkaytannot bench`)."""
