sql = ActiveRecord::Base.sanitize_sql_array(["SELECT * FROM customers WHERE email = ?", params[:email]]) # ok: CWE-89
render json: ActiveRecord::Base.connection.select_one(sql)
