def ownership_params
  params.permit(:role) # ok: CWE-915
end
