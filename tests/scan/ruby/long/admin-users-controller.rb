module Admin
  class UsersController < Admin::BaseController
    def index
      @users = User.order(params[:sort] || "created_at DESC").page(params[:page]) # expect: CWE-89
    end

    def update
      @user = User.find(params[:id])
      if @user.update(params.require(:user).permit!) # expect: CWE-915
        redirect_to admin_user_path(@user), notice: "Saved"
      else
        render :edit, status: :unprocessable_entity
      end
    end

    def impersonate
      user = User.find(params[:id])
      session[:impersonator_id] = current_user.id
      session[:user_id] = user.id
      redirect_to params[:next].presence || root_path # expect: CWE-601
    end

    def export
      fields = params[:fields].to_s.split(",")
      send_data User.pluck(*fields).map { |r| Array(r).join(";") }.join("\n"), filename: "users.csv"
    end
  end
end
