package vn.thidua.pledge;

import org.mapstruct.Mapper;

import vn.thidua.pledge.PledgeRequest.TargetRequest;
import vn.thidua.pledge.PledgeView.TargetView;

@Mapper
interface PledgeMapper {

  PledgeTarget toTarget(TargetRequest request);

  TargetView toView(PledgeTarget target, String contentAreaTitle);
}
