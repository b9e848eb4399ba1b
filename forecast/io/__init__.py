"""File formats beyond ``forecast.readers``: each module reads one kind of input file."""
