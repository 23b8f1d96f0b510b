def account_params
  params.require(:account).permit(:name, :email, :role, :admin) # expect: CWE-915
end
