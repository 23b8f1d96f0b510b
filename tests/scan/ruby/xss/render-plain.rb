def show
  render plain: "You said: #{params[:comment]}" # ok: CWE-79
end
