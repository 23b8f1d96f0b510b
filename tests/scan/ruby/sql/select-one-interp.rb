row = ActiveRecord::Base.connection.select_one("SELECT * FROM customers WHERE email = '#{params[:email]}'") # expect: CWE-89
render json: row
