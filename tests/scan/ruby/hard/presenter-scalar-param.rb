class NodeInfoController < ApplicationController
  def show
    document = NodeInfoPresenter.new(params[:version]) # ok: CWE-915
    render json: document.as_json
  end
end
