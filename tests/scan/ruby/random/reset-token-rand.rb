class PasswordResetsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user
      token = Array.new(32) { [*'a'..'z', *'0'..'9'].sample }.join # expect: CWE-338
      user.update!(reset_token: token, reset_sent_at: Time.current)
      UserMailer.reset(user, token).deliver_later
    end
    redirect_to root_path, notice: "If the address exists, a link is on its way."
  end
end
