import pandas as pd

def load_sales(engine, region):
    return pd.read_sql("SELECT * FROM sales WHERE region = %(r)s", engine, params={"r": region})  # ok: CWE-89
