import pandas as pd

def load_sales(engine, region):
    return pd.read_sql("SELECT * FROM sales WHERE region = '" + region + "'", engine)  # expect: CWE-89
