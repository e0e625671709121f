<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <source>By service</source>
        <translation>서비스별</translation>
    </message>
    <message>
        <source>By resource</source>
        <translation>리소스별</translation>
    </message>
    <message>
        <source>Monthly USD</source>
        <translation>월 USD</translation>
    </message>
    <message>
        <source>Monthly cost by running tasks (min … max, PERF-3 / MET-2)</source>
        <translation>실행 중인 태스크 수별 월 비용(최소 … 최대, PERF-3 / MET-2)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Scenarios (egress alone; strategies and scale: whole bill)</source>
        <translation>시나리오(송신 트래픽만; 전략과 규모: 전체 청구액)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Stackyard designs (*.stackyard.json);;JSON files (*.json);;All files (*)</source>
        <translation>Stackyard 설계 (*.stackyard.json);;JSON 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Networking &amp; content delivery</source>
        <translation>네트워킹 및 콘텐츠 전송</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>컴퓨팅</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Security, identity &amp; compliance</source>
        <translation>보안, 자격 증명 및 규정 준수</translation>
    </message>
    <message>
        <source>Management &amp; governance</source>
        <translation>관리 및 거버넌스</translation>
    </message>
    <message>
        <source>Application integration</source>
        <translation>애플리케이션 통합</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>개발자 도구</translation>
    </message>
    <message>
        <source>Outside AWS</source>
        <translation>AWS 외부</translation>
    </message>
    <message>
        <source>Unknown kind %1</source>
        <translation>알 수 없는 종류 %1</translation>
    </message>
    <message>
        <source>Select a %1 to add a %2 into</source>
        <translation>%2을(를) 추가할 %1을(를) 선택하세요</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 추가됨</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>검토 보고서</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written.
%1</source>
        <translation>보고서를 저장하지 못했습니다.
%1</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1개</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>기타 1개</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>기타 %1개</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>사용자 지정 가격</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Stackyard::Canvas</name>
    <message>
        <source>%1 (%2 subnet)
%3
id: %4</source>
        <translation>%1 (%2 서브넷)
%3
ID: %4</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
id: %4</source>
        <translation>%1 (%2)
%3
ID: %4</translation>
    </message>
    <message>
        <source>%1
%2 · id: %3</source>
        <translation>%1
%2 · ID: %3</translation>
    </message>
    <message>
        <source>
spans %1</source>
        <translation>
걸친 서브넷: %1</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>모든 트래픽</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>%1 GB per month</source>
        <translation>월 %1GB</translation>
    </message>
    <message>
        <source>inferred by the import</source>
        <translation>가져오기 시 추론됨</translation>
    </message>
    <message>
        <source>The clipboard does not hold a Stackyard fragment.</source>
        <translation>클립보드에 Stackyard 조각이 없습니다.</translation>
    </message>
    <message>
        <source>The clipboard fragment is damaged: %1</source>
        <translation>클립보드의 조각이 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>Security groups: %1</source>
        <translation>보안 그룹: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
</context>
<context>
    <name>Stackyard::CidrEditor</name>
    <message>
        <source>Not an IPv4 CIDR block: write it as a.b.c.d/n, for example 10.0.0.0/16</source>
        <translation>IPv4 CIDR 블록이 아닙니다. a.b.c.d/n 형식으로 입력하세요(예: 10.0.0.0/16)</translation>
    </message>
    <message>
        <source>Host bits are set: did you mean %1?</source>
        <translation>호스트 비트가 설정되어 있습니다. %1을(를) 의도하셨나요?</translation>
    </message>
</context>
<context>
    <name>Stackyard::Containment</name>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>outside any VPC</source>
        <translation>VPC 바깥에</translation>
    </message>
    <message>
        <source>in a %1</source>
        <translation>%1 안에</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the region, outside any VPC</source>
        <translation>VPC 바깥의 리전</translation>
    </message>
    <message>
        <source>A %1 cannot go into %2: it belongs %3.</source>
        <translation>%1은(는) %2에 넣을 수 없습니다. %3 두어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Stackyard::CostDock</name>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>USD only</source>
        <translation>USD만</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>규모</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>항목별 내역</translation>
    </message>
    <message>
        <source>No priced resources yet.
Add services, load balancers, databases or NAT gateways to see the monthly bill.</source>
        <translation>아직 가격이 매겨진 리소스가 없습니다.
서비스, 로드 밸런서, 데이터베이스 또는 NAT 게이트웨이를 추가하면 월 청구액이 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>월 %1</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>아직 견적 없음</translation>
    </message>
    <message>
        <source>%1 · list prices as of %2 · USD · 730 h/month%3</source>
        <translation>%1 · %2 기준 정가 · USD · 월 730시간%3</translation>
    </message>
    <message>
        <source>≈ %1 %2 per month at your rate (1 USD = %3 %2; not a market rate)</source>
        <translation>사용자 환율 기준 월 ≈ %1 %2 (1 USD = %3 %2, 시장 환율 아님)</translation>
    </message>
    <message>
        <source>%1 tasks: %2 per month</source>
        <translation>태스크 %1개: 월 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 per month, %3 (%4%) vs %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;월 %2, %5 대비 %3 (%4%)&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Show the total also in another currency, at a rate you type</source>
        <translation>직접 입력한 환율로 합계를 다른 통화로도 표시합니다</translation>
    </message>
    <message>
        <source>1 USD = </source>
        <translation>1 USD = </translation>
    </message>
    <message>
        <source>Your conversion rate (never fetched; labelled as yours wherever it is used)</source>
        <translation>사용자 환율(외부에서 가져오지 않으며, 쓰이는 곳마다 사용자 환율로 표시됩니다)</translation>
    </message>
    <message>
        <source>Prices…</source>
        <translation>가격…</translation>
    </message>
    <message>
        <source>See the list prices of this region with their sources and dates, and override any of them</source>
        <translation>이 리전의 정가를 출처 및 기준일과 함께 보고, 원하는 가격을 직접 지정합니다</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>함께 표시할 통화</translation>
    </message>
    <message>
        <source>%1 per month ✎</source>
        <translation>월 %1 ✎</translation>
    </message>
    <message>
        <source>Includes your price overrides: %1 vs the list prices</source>
        <translation>사용자 지정 가격 포함: 정가 대비 %1</translation>
    </message>
    <message>
        <source> · ✎ 1 line at your price</source>
        <translation> · ✎ 사용자 지정 가격 항목 1개</translation>
    </message>
    <message>
        <source> · ✎ %1 lines at your prices</source>
        <translation> · ✎ 사용자 지정 가격 항목 %1개</translation>
    </message>
    <message>
        <source>⚠ 1 line item has no sourced price (left out)</source>
        <translation>⚠ 출처가 확인된 가격이 없는 항목 1개(제외됨)</translation>
    </message>
    <message>
        <source>⚠ %1 line items have no sourced price (left out)</source>
        <translation>⚠ 출처가 확인된 가격이 없는 항목 %1개(제외됨)</translation>
    </message>
    <message>
        <source>%1 line items have no sourced price in this region and are left out of the total (see Line items; a price override includes them).</source>
        <translation>%1개 항목은 이 리전에 출처가 확인된 가격이 없어 합계에서 제외되었습니다(항목별 내역 참고, 가격을 직접 지정하면 포함됩니다).</translation>
    </message>
</context>
<context>
    <name>Stackyard::CostItemsTable</name>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Usage type</source>
        <translation>사용 유형</translation>
    </message>
    <message>
        <source>Monthly (USD)</source>
        <translation>월 비용(USD)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Unit price (USD)</source>
        <translation>단가(USD)</translation>
    </message>
    <message>
        <source>How</source>
        <translation>산정 방식</translation>
    </message>
    <message>
        <source>Monthly (%1, your rate)</source>
        <translation>월 비용(%1, 사용자 환율)</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source>price: %1, as of %2</source>
        <translation>가격: %1, %2 기준</translation>
    </message>
    <message>
        <source>✎ Priced with your override: %1 per %2 instead of the list price %3 (%4 a month at list price).</source>
        <translation>✎ 사용자 지정 가격 적용: 정가 %3 대신 %2당 %1(정가 기준 월 %4).</translation>
    </message>
    <message>
        <source>(none in the sources)</source>
        <translation>(출처에 없음)</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>사용자 지정 가격</translation>
    </message>
</context>
<context>
    <name>Stackyard::DesignDocument</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>항목 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>항목 %n개 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>%1을(를) %2(으)로 이동</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%2의 %1 설정</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1의 이름을 %2(으)로 변경</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1을(를) %2에 연결</translation>
    </message>
    <message>
        <source>Edit flow %1</source>
        <translation>흐름 %1 편집</translation>
    </message>
    <message>
        <source>Route flow %1</source>
        <translation>흐름 %1 경로 지정</translation>
    </message>
    <message>
        <source>Reset route of %1</source>
        <translation>%1의 경로 초기화</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n routes</source>
        <translation>
            <numerusform>경로 %n개 초기화</numerusform>
        </translation>
    </message>
    <message>
        <source>Add security group %1</source>
        <translation>보안 그룹 %1 추가</translation>
    </message>
    <message>
        <source>Edit security group %1</source>
        <translation>보안 그룹 %1 편집</translation>
    </message>
    <message>
        <source>Add route table %1</source>
        <translation>라우팅 테이블 %1 추가</translation>
    </message>
    <message>
        <source>Edit route table %1</source>
        <translation>라우팅 테이블 %1 편집</translation>
    </message>
    <message>
        <source>A what-if is on (presentation mode): it is not part of the design. Leave presentation mode (Esc) to take it back, then save.</source>
        <translation>가정 분석이 켜져 있습니다(프레젠테이션 모드). 이는 설계의 일부가 아닙니다. 프레젠테이션 모드를 종료(Esc)하여 되돌린 다음 저장하십시오.</translation>
    </message>
</context>
<context>
    <name>Stackyard::DesignPanel</name>
    <message>
        <source>Design</source>
        <translation>설계</translation>
    </message>
    <message>
        <source>Nothing selected: the whole design</source>
        <translation>선택 항목 없음: 설계 전체</translation>
    </message>
    <message>
        <source>The AWS Region: prices, Availability Zones and endpoints follow it</source>
        <translation>AWS 리전: 가격, 가용 영역, 엔드포인트가 이를 따릅니다</translation>
    </message>
    <message>
        <source>Comma-separated environment names, e.g. dev, staging, prod</source>
        <translation>쉼표로 구분한 환경 이름(예: dev, staging, prod)</translation>
    </message>
    <message>
        <source>Design-wide cost assumptions (requests, data volumes…) as a JSON object</source>
        <translation>설계 전체의 비용 가정(요청 수, 데이터 양 등)을 JSON 객체로 입력</translation>
    </message>
    <message>
        <source>Design-wide switches (guardDuty, ciScanners…) as a JSON object</source>
        <translation>설계 전체 설정(guardDuty, ciScanners 등)을 JSON 객체로 입력</translation>
    </message>
    <message>
        <source>Design properties</source>
        <translation>설계 속성</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>Usage (cost model)</source>
        <translation>사용량(비용 모델)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>설계 이름 변경</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>설명 편집</translation>
    </message>
    <message>
        <source>Set region to %1</source>
        <translation>리전을 %1(으)로 설정</translation>
    </message>
    <message>
        <source>Edit environments</source>
        <translation>환경 편집</translation>
    </message>
    <message>
        <source>Edit usage assumptions</source>
        <translation>사용량 가정 편집</translation>
    </message>
    <message>
        <source>Edit design settings</source>
        <translation>설계 설정 편집</translation>
    </message>
    <message>
        <source>%1 resources, %2 flows, %3 security groups, %4 route tables</source>
        <translation>리소스 %1개, 흐름 %2개, 보안 그룹 %3개, 라우팅 테이블 %4개</translation>
    </message>
</context>
<context>
    <name>Stackyard::DesignScene</name>
    <message>
        <source>Unknown resource kind &quot;%1&quot;.</source>
        <translation>알 수 없는 리소스 종류 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>%1 already connects to %2 on that port.</source>
        <translation>%1은(는) 이미 해당 포트로 %2에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>항목 %n개 이동</numerusform>
        </translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>조금 이동</translation>
    </message>
    <message numerus="yes">
        <source>Align %n items</source>
        <translation>
            <numerusform>항목 %n개 정렬</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n items</source>
        <translation>
            <numerusform>항목 %n개 균등 배치</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no Stackyard resources.</source>
        <translation>붙여 넣을 내용이 없습니다. 클립보드에 Stackyard 리소스가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n items</source>
        <translation>
            <numerusform>항목 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange VPC %1</source>
        <translation>VPC %1 배치</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>잘라내기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Bring into</source>
        <translation>다음 안으로 옮기기</translation>
    </message>
    <message>
        <source>Bring %1 into %2</source>
        <translation>%1을(를) %2 안으로 옮기기</translation>
    </message>
    <message>
        <source>Arrange VPC</source>
        <translation>VPC 배치</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Arrange all VPCs</source>
        <translation>모든 VPC 배치</translation>
    </message>
    <message>
        <source>Release over another resource to connect it.</source>
        <translation>다른 리소스 위에서 놓으면 연결됩니다.</translation>
    </message>
    <message>
        <source>Network Tiers</source>
        <translation>네트워크 계층</translation>
    </message>
    <message>
        <source>Security Groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>Flow Ports</source>
        <translation>흐름 포트</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Cost Heat Map</source>
        <translation>비용 히트 맵</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>발견 사항 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked at %1
%2</source>
        <translation>%1에서 차단됨
%2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1 per month, %2 % of the %3 total</source>
        <translation>월 %1, 합계 %3의 %2%</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/월</translation>
    </message>
    <message>
        <source>Reset Route</source>
        <translation>경로 초기화</translation>
    </message>
    <message>
        <source>Forget the flow&apos;s bends and route it automatically</source>
        <translation>흐름의 꺾임점을 지우고 경로를 자동으로 다시 잡습니다</translation>
    </message>
</context>
<context>
    <name>Stackyard::DiagramExport</name>
    <message>
        <source>Untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>리전 %1</translation>
    </message>
    <message>
        <source>Subnet tiers</source>
        <translation>서브넷 계층</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>범주</translation>
    </message>
</context>
<context>
    <name>Stackyard::DiagramLegend</name>
    <message>
        <source>Public subnet</source>
        <translation>퍼블릭 서브넷</translation>
    </message>
    <message>
        <source>Private subnet</source>
        <translation>프라이빗 서브넷</translation>
    </message>
    <message>
        <source>Isolated subnet</source>
        <translation>격리된 서브넷</translation>
    </message>
    <message>
        <source>Networking &amp; Content Delivery</source>
        <translation>네트워킹 및 콘텐츠 전송</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>컴퓨팅</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Security, Identity &amp; Compliance</source>
        <translation>보안, 자격 증명 및 규정 준수</translation>
    </message>
    <message>
        <source>Management &amp; Governance</source>
        <translation>관리 및 거버넌스</translation>
    </message>
    <message>
        <source>Application Integration</source>
        <translation>애플리케이션 통합</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Developer Tools</source>
        <translation>개발자 도구</translation>
    </message>
    <message>
        <source>Users and the internet</source>
        <translation>사용자와 인터넷</translation>
    </message>
</context>
<context>
    <name>Stackyard::EditorStatusBar</name>
    <message>
        <source>Ctrl+0 fits the design, Ctrl+1 shows it at 100 %</source>
        <translation>Ctrl+0: 설계 전체 보기, Ctrl+1: 100% 보기</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>선택 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>확대/축소 %1%</translation>
    </message>
</context>
<context>
    <name>Stackyard::ExportController</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export the design as %1</source>
        <translation>설계를 %1(으)로 내보내기</translation>
    </message>
    <message>
        <source>Export %1 into</source>
        <translation>%1 내보낼 위치</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Exported %1 file(s) as %2</source>
        <translation>파일 %1개를 %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>내보내기 참고 사항</translation>
    </message>
    <message numerus="yes">
        <source>%1 written, with %n note(s) from the exporter.</source>
        <translation>
            <numerusform>%1을(를) 저장했습니다. 내보내기 참고 사항 %n건이 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exporter wrote nothing.
%1</source>
        <translation>내보내기 도구가 아무 파일도 만들지 않았습니다.
%1</translation>
    </message>
</context>
<context>
    <name>Stackyard::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>The format to export the design to</source>
        <translation>설계를 내보낼 형식</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;⚠ The design has %n error(s)&lt;/b&gt; — the export will be written, but it may not deploy or work until they are fixed (see the Findings panel):</source>
        <translation>
            <numerusform>&lt;b&gt;⚠ 설계에 오류가 %n건 있습니다&lt;/b&gt; — 내보내기는 진행되지만, 오류를 고치기 전에는 배포되지 않거나 동작하지 않을 수 있습니다(발견 사항 패널 참고):</numerusform>
        </translation>
    </message>
    <message>
        <source>The files this export writes; the first is the main one</source>
        <translation>이 내보내기가 쓰는 파일입니다. 첫 번째 파일이 주 파일입니다</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Choose where to write the files</source>
        <translation>파일을 저장할 위치를 고릅니다</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n note(s) from the exporter:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;내보내기 참고 사항 %n건:&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackyard::FileController</name>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>샘플을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened the sample %1: save it to keep your changes</source>
        <translation>샘플 %1을(를) 열었습니다. 변경 사항을 유지하려면 저장하세요</translation>
    </message>
    <message>
        <source>Cannot recover the design</source>
        <translation>설계를 복구할 수 없습니다</translation>
    </message>
    <message>
        <source>Recovered %1: save it to keep it</source>
        <translation>%1을(를) 복구했습니다. 유지하려면 저장하세요</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>새 설계</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>설계 열기</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation>다른 이름으로 설계 저장</translation>
    </message>
    <message>
        <source>Import CloudFormation template</source>
        <translation>CloudFormation 템플릿 가져오기</translation>
    </message>
    <message>
        <source>CloudFormation templates (*.yaml *.yml *.json *.template);;All files (*)</source>
        <translation>CloudFormation 템플릿 (*.yaml *.yml *.json *.template);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1을(를) 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Imported %1: save it as a design to keep it</source>
        <translation>%1을(를) 가져왔습니다. 유지하려면 설계로 저장하세요</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Stackyard::FindDock</name>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Name, id or kind…</source>
        <translation>이름, ID 또는 종류…</translation>
    </message>
</context>
<context>
    <name>Stackyard::FindingText</name>
    <message>
        <source>%1 (VPC default SG)</source>
        <translation>%1(VPC 기본 보안 그룹)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>some traffic</source>
        <translation>일부 트래픽</translation>
    </message>
    <message>
        <source>%1 allows %2 out to %3</source>
        <translation>%1이(가) %3(으)로 나가는 %2을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1 allows %2 out to %3; the traffic needs %4</source>
        <translation>%1이(가) %3(으)로 나가는 트래픽으로 허용하는 것: %2. 이 트래픽에 필요한 것: %4</translation>
    </message>
    <message>
        <source>add an egress rule %1 to %2 on %3</source>
        <translation>%3에 %2(으)로 가는 %1 아웃바운드 규칙을 추가하세요</translation>
    </message>
    <message>
        <source>%1 admits %2 from %3</source>
        <translation>%1이(가) %3에서 오는 %2을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1 admits %2 from %3; %4 sends %5</source>
        <translation>%1이(가) %3에서 오는 트래픽으로 허용하는 것: %2. %4이(가) 보내는 것: %5</translation>
    </message>
    <message>
        <source>add an ingress rule %1 from %2 to %3</source>
        <translation>%3에 %2에서 오는 %1 인바운드 규칙을 추가하세요</translation>
    </message>
    <message>
        <source>%1 allows %2 out to the internet</source>
        <translation>%1이(가) 인터넷으로 나가는 %2을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1 allows %2 out to public addresses; the traffic needs %3</source>
        <translation>%1이(가) 퍼블릭 주소로 나가는 트래픽으로 허용하는 것: %2. 이 트래픽에 필요한 것: %3</translation>
    </message>
    <message>
        <source>add an egress rule %1 to 0.0.0.0/0 on %2</source>
        <translation>%2에 0.0.0.0/0으로 가는 %1 아웃바운드 규칙을 추가하세요</translation>
    </message>
    <message>
        <source>%1 admits %2 from the internet</source>
        <translation>%1이(가) 인터넷에서 오는 %2을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1 admits %2 from public addresses; clients send %3</source>
        <translation>%1이(가) 퍼블릭 주소에서 오는 트래픽으로 허용하는 것: %2. 클라이언트가 보내는 것: %3</translation>
    </message>
    <message>
        <source>add an ingress rule %1 from 0.0.0.0/0 to %2</source>
        <translation>%2에 0.0.0.0/0에서 오는 %1 인바운드 규칙을 추가하세요</translation>
    </message>
    <message>
        <source>%1 routes 0.0.0.0/0 of %2 to %3</source>
        <translation>%1이(가) %2의 0.0.0.0/0을 %3(으)로 라우팅합니다</translation>
    </message>
    <message>
        <source>%1 is a private NAT gateway: it cannot reach the internet</source>
        <translation>%1은(는) 프라이빗 NAT 게이트웨이라 인터넷에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>make %1 a public NAT gateway</source>
        <translation>%1을(를) 퍼블릭 NAT 게이트웨이로 바꾸세요</translation>
    </message>
    <message>
        <source>%1 is a regional NAT gateway</source>
        <translation>%1은(는) 리전 NAT 게이트웨이입니다</translation>
    </message>
    <message>
        <source>%1 sits in %2, which has no route to an internet gateway</source>
        <translation>%1이(가) 있는 %2에는 인터넷 게이트웨이로 가는 경로가 없습니다</translation>
    </message>
    <message>
        <source>move %1 to a public subnet of zone %2</source>
        <translation>%1을(를) 가용 영역 %2의 퍼블릭 서브넷으로 옮기세요</translation>
    </message>
    <message>
        <source>%1 has no Elastic IP</source>
        <translation>%1에 탄력적 IP가 없습니다</translation>
    </message>
    <message>
        <source>allocate an Elastic IP for %1</source>
        <translation>%1에 탄력적 IP를 할당하세요</translation>
    </message>
    <message>
        <source>%1 in public subnet %2 forwards to %3</source>
        <translation>퍼블릭 서브넷 %2의 %1이(가) %3(으)로 전달합니다</translation>
    </message>
    <message>
        <source>%1 has a public IP</source>
        <translation>%1에 퍼블릭 IP가 있습니다</translation>
    </message>
    <message>
        <source>%1 has no public IP, so the internet gateway cannot carry its traffic</source>
        <translation>%1에 퍼블릭 IP가 없어 인터넷 게이트웨이가 트래픽을 전달할 수 없습니다</translation>
    </message>
    <message>
        <source>route 0.0.0.0/0 of %1 to a NAT gateway in a public subnet%2</source>
        <translation>%1의 0.0.0.0/0을 퍼블릭 서브넷의 NAT 게이트웨이로 라우팅하세요%2</translation>
    </message>
    <message>
        <source>%1 (subnet %2, zone %3) routes 0.0.0.0/0 to a blackhole</source>
        <translation>%1(서브넷 %2, 가용 영역 %3)이(가) 0.0.0.0/0을 블랙홀로 라우팅합니다</translation>
    </message>
    <message>
        <source>%1 (subnet %2, zone %3) has no 0.0.0.0/0 route to a NAT or internet gateway</source>
        <translation>%1(서브넷 %2, 가용 영역 %3)에 NAT 게이트웨이나 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없습니다</translation>
    </message>
    <message>
        <source>add a NAT gateway in a public subnet of zone %1 and route 0.0.0.0/0 of %2 to it%3</source>
        <translation>가용 영역 %1의 퍼블릭 서브넷에 NAT 게이트웨이를 추가하고 %2의 0.0.0.0/0을 그쪽으로 라우팅하세요%3</translation>
    </message>
    <message>
        <source>%1 routes %2 to gateway endpoint %3</source>
        <translation>%1이(가) %2을(를) 게이트웨이 엔드포인트 %3(으)로 라우팅합니다</translation>
    </message>
    <message>
        <source>%1 allows tcp/443 out to the %2 prefix list</source>
        <translation>%1이(가) %2 접두사 목록으로 나가는 tcp/443을 허용합니다</translation>
    </message>
    <message>
        <source>%1 does not allow tcp/443 out to the %2 prefix list</source>
        <translation>%1이(가) %2 접두사 목록으로 나가는 tcp/443을 허용하지 않습니다</translation>
    </message>
    <message>
        <source>add an egress rule tcp/443 to the %1 prefix list on %2</source>
        <translation>%2에 %1 접두사 목록으로 가는 tcp/443 아웃바운드 규칙을 추가하세요</translation>
    </message>
    <message>
        <source>interface endpoint %1 answers %2 inside the VPC (private DNS)</source>
        <translation>인터페이스 엔드포인트 %1이(가) VPC 안에서 %2에 응답합니다(프라이빗 DNS)</translation>
    </message>
    <message>
        <source>interface endpoint %1 has private DNS off (or the VPC&apos;s DNS attributes are off): %2 resolves to public addresses</source>
        <translation>인터페이스 엔드포인트 %1의 프라이빗 DNS가 꺼져 있습니다(또는 VPC의 DNS 속성이 꺼져 있음): %2이(가) 퍼블릭 주소로 확인됩니다</translation>
    </message>
    <message>
        <source>, or enable private DNS on %1 (and DNS support and hostnames on %2)</source>
        <translation>. 또는 %1에서 프라이빗 DNS를 켜세요(%2에서 DNS 지원과 DNS 호스트 이름도 켜기)</translation>
    </message>
    <message>
        <source>, or add an interface endpoint %1 with private DNS</source>
        <translation>. 또는 프라이빗 DNS를 켠 인터페이스 엔드포인트 %1을(를) 추가하세요</translation>
    </message>
    <message>
        <source>, or add a gateway endpoint %1 to its route table</source>
        <translation>. 또는 해당 라우팅 테이블에 게이트웨이 엔드포인트 %1을(를) 추가하세요</translation>
    </message>
    <message>
        <source>all traffic</source>
        <translation>모든 트래픽</translation>
    </message>
    <message>
        <source>%1 has no internet gateway</source>
        <translation>%1에 인터넷 게이트웨이가 없습니다</translation>
    </message>
    <message>
        <source>add an internet gateway to %1 and route 0.0.0.0/0 of the public subnets to it</source>
        <translation>%1에 인터넷 게이트웨이를 추가하고 퍼블릭 서브넷의 0.0.0.0/0을 그쪽으로 라우팅하세요</translation>
    </message>
    <message>
        <source>%1 is attached to %2</source>
        <translation>%1이(가) %2에 연결되어 있습니다</translation>
    </message>
    <message>
        <source>%1 is not public: %2 has no 0.0.0.0/0 route to an internet gateway</source>
        <translation>%1은(는) 퍼블릭이 아닙니다: %2에 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없습니다</translation>
    </message>
    <message>
        <source>place %1 in public subnets, or route 0.0.0.0/0 of %2 to %3</source>
        <translation>%1을(를) 퍼블릭 서브넷에 두거나 %2의 0.0.0.0/0을 %3(으)로 라우팅하세요</translation>
    </message>
    <message>
        <source>%1 is internet-facing</source>
        <translation>%1은(는) 인터넷 경계입니다</translation>
    </message>
    <message>
        <source>%1 has a public address</source>
        <translation>%1에 퍼블릭 주소가 있습니다</translation>
    </message>
    <message>
        <source>%1 is internal</source>
        <translation>%1은(는) 내부용입니다</translation>
    </message>
    <message>
        <source>%1 has no public address</source>
        <translation>%1에 퍼블릭 주소가 없습니다</translation>
    </message>
    <message>
        <source>set the scheme of %1 to internet-facing</source>
        <translation>%1의 체계를 인터넷 경계(internet-facing)로 설정하세요</translation>
    </message>
    <message>
        <source>give %1 a public address</source>
        <translation>%1에 퍼블릭 주소를 부여하세요</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3 in %4; the design has no peering between them</source>
        <translation>%1은(는) %2에, %3은(는) %4에 있으며 설계에 둘 사이의 피어링이 없습니다</translation>
    </message>
    <message>
        <source>place both in one VPC</source>
        <translation>둘을 같은 VPC에 두세요</translation>
    </message>
    <message>
        <source>the local route of %1 carries the traffic</source>
        <translation>%1의 로컬 경로가 트래픽을 전달합니다</translation>
    </message>
    <message>
        <source>set publiclyAccessible to false on %1 and remove ingress from public CIDRs</source>
        <translation>%1의 publiclyAccessible을 false로 설정하고 퍼블릭 CIDR에서 오는 인바운드를 제거하세요</translation>
    </message>
    <message>
        <source>turn off assignPublicIp on %1 and admit traffic only from the ALB&apos;s security group</source>
        <translation>%1의 assignPublicIp를 끄고 ALB의 보안 그룹에서 오는 트래픽만 허용하세요</translation>
    </message>
    <message>
        <source>%1 sits only in subnets without a route to the internet gateway</source>
        <translation>%1은(는) 인터넷 게이트웨이로 가는 경로가 없는 서브넷에만 있습니다</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no security group of %1 admits %2 from public addresses</source>
        <translation>%1의 어떤 보안 그룹도 퍼블릭 주소에서 오는 %2을(를) 허용하지 않습니다</translation>
    </message>
    <message>
        <source>%1 has a public address in a public subnet and admits %2 from public addresses</source>
        <translation>%1은(는) 퍼블릭 서브넷에서 퍼블릭 주소를 가지며 퍼블릭 주소에서 오는 %2을(를) 허용합니다</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3: allowed at %4: %5</source>
        <translation>%1 -&gt; %2 %3: %4에서 허용됨: %5</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3: blocked at %4: %5</source>
        <translation>%1 -&gt; %2 %3: %4에서 차단됨: %5</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3: allowed</source>
        <translation>%1 -&gt; %2 %3: 허용됨</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3: blocked</source>
        <translation>%1 -&gt; %2 %3: 차단됨</translation>
    </message>
    <message>
        <source>clients cannot reach listener %1 of %2: %3</source>
        <translation>클라이언트가 %2의 리스너 %1에 도달할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>internet-facing %1 is in %2, which has no internet gateway</source>
        <translation>인터넷 경계 %1이(가) 있는 %2에 인터넷 게이트웨이가 없습니다</translation>
    </message>
    <message>
        <source>add an internet gateway to %1 and route 0.0.0.0/0 of the ALB&apos;s subnets to it</source>
        <translation>%1에 인터넷 게이트웨이를 추가하고 ALB 서브넷의 0.0.0.0/0을 그쪽으로 라우팅하세요</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1(퍼블릭)</translation>
    </message>
    <message>
        <source>%1 (private)</source>
        <translation>%1(프라이빗)</translation>
    </message>
    <message>
        <source>%1 (isolated)</source>
        <translation>%1(격리)</translation>
    </message>
    <message>
        <source>internet-facing %1 sits in %2, which have no 0.0.0.0/0 route to an internet gateway: clients cannot reach those nodes</source>
        <translation>인터넷 경계 %1이(가) 있는 %2에 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없습니다: 클라이언트가 그 노드에 도달할 수 없습니다</translation>
    </message>
    <message>
        <source>place %1 in public subnets (route 0.0.0.0/0 to the internet gateway)</source>
        <translation>%1을(를) 퍼블릭 서브넷에 두세요(0.0.0.0/0을 인터넷 게이트웨이로 라우팅)</translation>
    </message>
    <message>
        <source>reach its target</source>
        <translation>대상 도달</translation>
    </message>
    <message>
        <source>health-check its target</source>
        <translation>대상 상태 확인</translation>
    </message>
    <message>
        <source>%1 sits in 1 Availability Zone (%2); CloudFormation rejects an ALB with subnets in fewer than two zones</source>
        <translation>%1은(는) 가용 영역 1개(%2)에만 있습니다. CloudFormation은 서브넷이 두 개 미만의 가용 영역에 있는 ALB를 거부합니다</translation>
    </message>
    <message>
        <source>%1 sits in %2 Availability Zones; CloudFormation rejects an ALB with subnets in fewer than two zones</source>
        <translation>%1은(는) 가용 영역 %2개에 있습니다. CloudFormation은 서브넷이 두 개 미만의 가용 영역에 있는 ALB를 거부합니다</translation>
    </message>
    <message>
        <source>add a public subnet of a second zone to the placement of %1</source>
        <translation>%1의 배치에 두 번째 가용 영역의 퍼블릭 서브넷을 추가하세요</translation>
    </message>
    <message>
        <source>%1 stores data unencrypted (StorageEncrypted defaults to false)</source>
        <translation>%1은(는) 데이터를 암호화하지 않고 저장합니다(StorageEncrypted 기본값은 false)</translation>
    </message>
    <message>
        <source>turn on storageEncrypted (it cannot be changed after creation)</source>
        <translation>storageEncrypted를 켜세요(생성 후에는 바꿀 수 없음)</translation>
    </message>
    <message>
        <source>%1 is publicly accessible: its endpoint resolves to a public address</source>
        <translation>%1은(는) 퍼블릭 액세스가 가능합니다: 엔드포인트가 퍼블릭 주소로 확인됩니다</translation>
    </message>
    <message>
        <source>set publiclyAccessible to false</source>
        <translation>publiclyAccessible을 false로 설정하세요</translation>
    </message>
    <message>
        <source>the DB subnet group of %1 holds public subnet(s) %2</source>
        <translation>%1의 DB 서브넷 그룹에 퍼블릭 서브넷 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>place %1 in private data subnets without a route to the internet gateway</source>
        <translation>%1을(를) 인터넷 게이트웨이로 가는 경로가 없는 프라이빗 데이터 서브넷에 두세요</translation>
    </message>
    <message>
        <source>the DB subnet group of %1 covers %2 Availability Zone(s); RDS requires subnets in at least two</source>
        <translation>%1의 DB 서브넷 그룹이 가용 영역 %2개에 걸쳐 있습니다. RDS는 두 개 이상의 가용 영역에 서브넷을 요구합니다</translation>
    </message>
    <message>
        <source>add a private data subnet of a second zone to the placement of %1</source>
        <translation>%1의 배치에 두 번째 가용 영역의 프라이빗 데이터 서브넷을 추가하세요</translation>
    </message>
    <message>
        <source>%1 is a public bastion (public subnet %2), exposed to scans and brute force</source>
        <translation>%1은(는) 퍼블릭 배스천(퍼블릭 서브넷 %2)이라 스캔과 무차별 대입 공격에 노출됩니다</translation>
    </message>
    <message>
        <source>%1 is a public bastion (public IP), exposed to scans and brute force</source>
        <translation>%1은(는) 퍼블릭 배스천(퍼블릭 IP)이라 스캔과 무차별 대입 공격에 노출됩니다</translation>
    </message>
    <message>
        <source>move %1 to a private subnet without a public IP and reach it with Session Manager or an EC2 Instance Connect Endpoint</source>
        <translation>%1을(를) 퍼블릭 IP 없이 프라이빗 서브넷으로 옮기고 Session Manager나 EC2 Instance Connect Endpoint로 접속하세요</translation>
    </message>
    <message>
        <source>%1 admits SSH (tcp/22) from public addresses</source>
        <translation>%1이(가) 퍼블릭 주소에서 오는 SSH(tcp/22)를 허용합니다</translation>
    </message>
    <message>
        <source>remove the SSH rule from 0.0.0.0/0; use Session Manager, or admit tcp/22 from the EIC endpoint&apos;s security group only</source>
        <translation>0.0.0.0/0에서 오는 SSH 규칙을 제거하세요. Session Manager를 쓰거나 EIC 엔드포인트의 보안 그룹에서 오는 tcp/22만 허용하세요</translation>
    </message>
    <message>
        <source>%1 has no valid IPv4 CIDR block (&quot;%2&quot;)</source>
        <translation>%1에 유효한 IPv4 CIDR 블록이 없습니다(&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>set cidrBlock of %1 to a block such as 10.0.0.0/24</source>
        <translation>%1의 cidrBlock을 10.0.0.0/24 같은 블록으로 설정하세요</translation>
    </message>
    <message>
        <source>%1 is a /%2; AWS accepts %3 blocks from /16 to /28</source>
        <translation>%1은(는) /%2입니다. AWS는 /16에서 /28까지의 %3 블록만 받습니다</translation>
    </message>
    <message>
        <source>use a prefix length between /16 and /28 for %1</source>
        <translation>%1에 /16에서 /28 사이의 접두사 길이를 쓰세요</translation>
    </message>
    <message>
        <source>%1 has host bits set in %2; AWS stores it as %3</source>
        <translation>%1의 %2에 호스트 비트가 설정되어 있습니다. AWS는 %3(으)로 저장합니다</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1(으)로 쓰세요</translation>
    </message>
    <message>
        <source>%1 of %2 names %3, which is a %4, not a %5</source>
        <translation>%2의 %1이(가) 가리키는 %3은(는) %5이(가) 아니라 %4입니다</translation>
    </message>
    <message>
        <source>%1 of %2 names %3, which does not exist</source>
        <translation>%2의 %1이(가) 가리키는 %3이(가) 없습니다</translation>
    </message>
    <message>
        <source>point %1 of %2 at an existing resource</source>
        <translation>%2의 %1이(가) 있는 리소스를 가리키게 하세요</translation>
    </message>
    <message>
        <source>point %1 of %2 at an existing %3</source>
        <translation>%2의 %1이(가) 있는 %3을(를) 가리키게 하세요</translation>
    </message>
    <message>
        <source>%1 of %2 names security group %3, which does not exist</source>
        <translation>%2의 %1이(가) 가리키는 보안 그룹 %3이(가) 없습니다</translation>
    </message>
    <message>
        <source>remove %1 or create it</source>
        <translation>%1을(를) 제거하거나 만드세요</translation>
    </message>
    <message>
        <source>the parent</source>
        <translation>상위 항목</translation>
    </message>
    <message>
        <source>the placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>the security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>보안 암호 %1</translation>
    </message>
    <message>
        <source>routeTables of %1 names %2, which does not exist</source>
        <translation>%1의 routeTables가 가리키는 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>remove it from routeTables of %1</source>
        <translation>%1의 routeTables에서 제거하세요</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>the associations</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>the route to %1</source>
        <translation>%1(으)로 가는 경로</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>출발지</translation>
    </message>
    <message>
        <source>the destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; of %2 has stopTimeout %3 s; Fargate allows at most 120 s</source>
        <translation>%2의 컨테이너 &quot;%1&quot;의 stopTimeout이 %3초입니다. Fargate는 최대 120초까지 허용합니다</translation>
    </message>
    <message>
        <source>set stopTimeout to 120 s or less</source>
        <translation>stopTimeout을 120초 이하로 설정하세요</translation>
    </message>
    <message>
        <source>target group &quot;%1&quot; drains for %2 s but %3 is killed %4 s after SIGTERM: in-flight requests are cut off</source>
        <translation>대상 그룹 &quot;%1&quot;은(는) %2초 동안 드레이닝하지만 %3은(는) SIGTERM 후 %4초에 종료됩니다: 처리 중인 요청이 끊깁니다</translation>
    </message>
    <message>
        <source>set the deregistration delay below %1 s (or raise stopTimeout, up to 120 s)</source>
        <translation>등록 취소 지연을 %1초 미만으로 설정하세요(또는 stopTimeout을 최대 120초까지 늘리기)</translation>
    </message>
    <message>
        <source>%1 does not scan images on push: vulnerable images reach the tasks unnoticed</source>
        <translation>%1은(는) 푸시할 때 이미지를 스캔하지 않습니다: 취약한 이미지가 모르는 사이에 태스크에 도달합니다</translation>
    </message>
    <message>
        <source>turn on scanOnPush (or registry-level scanning)</source>
        <translation>scanOnPush(또는 레지스트리 수준 스캔)를 켜세요</translation>
    </message>
    <message>
        <source>%1 has mutable tags: a push can silently replace the image a tag names</source>
        <translation>%1의 태그는 변경 가능합니다: 푸시 한 번으로 태그가 가리키는 이미지가 조용히 바뀔 수 있습니다</translation>
    </message>
    <message>
        <source>set tagMutability to IMMUTABLE and tag images &lt;environment&gt;_&lt;commit id&gt;</source>
        <translation>tagMutability를 IMMUTABLE로 설정하고 이미지에 &lt;environment&gt;_&lt;commit id&gt; 태그를 붙이세요</translation>
    </message>
    <message>
        <source>%1 has no lifecycle policy: old images pile up and are billed</source>
        <translation>%1에 수명 주기 정책이 없습니다: 오래된 이미지가 쌓이고 요금이 청구됩니다</translation>
    </message>
    <message>
        <source>add lifecycle rules per environment tag prefix (keep the newest N) and expire untagged images</source>
        <translation>환경 태그 접두사마다 수명 주기 규칙을 추가하고(최신 N개 유지) 태그 없는 이미지를 만료시키세요</translation>
    </message>
    <message>
        <source>production service %1 has no log group, so no error alert can fire</source>
        <translation>프로덕션 서비스 %1에 로그 그룹이 없어 오류 알림이 발생할 수 없습니다</translation>
    </message>
    <message>
        <source>no subscription filter on %1 sends errors of %2 to a Lambda function that notifies an SNS topic</source>
        <translation>%1에 %2의 오류를 SNS 주제에 알리는 Lambda 함수로 보내는 구독 필터가 없습니다</translation>
    </message>
    <message>
        <source>add the error alert pattern: subscription filter on the log group -&gt; Lambda -&gt; SNS topic</source>
        <translation>오류 알림 패턴을 추가하세요: 로그 그룹의 구독 필터 -&gt; Lambda -&gt; SNS 주제</translation>
    </message>
    <message>
        <source>%1 asks for %2 CPU units and %3 MiB, which is not a Fargate task size</source>
        <translation>%1이(가) 요청한 CPU %2 단위와 %3MiB는 Fargate 태스크 크기가 아닙니다</translation>
    </message>
    <message>
        <source>use a CPU value of 256, 512, 1024, 2048, 4096, 8192 or 16384</source>
        <translation>CPU 값으로 256, 512, 1024, 2048, 4096, 8192, 16384 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>with %1 CPU units use memory %2 MiB</source>
        <translation>CPU %1 단위에는 메모리 %2MiB를 쓰세요</translation>
    </message>
    <message>
        <source>target group &quot;%1&quot; of %2</source>
        <translation>%2의 대상 그룹 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no health check path: the ALB probes &quot;/&quot;, which may not tell a failed task from a healthy one</source>
        <translation>%1에 상태 확인 경로가 없습니다: ALB가 &quot;/&quot;를 확인하므로 실패한 태스크와 정상 태스크를 구별하지 못할 수 있습니다</translation>
    </message>
    <message>
        <source>set a health check path such as /health that checks the application</source>
        <translation>애플리케이션을 확인하는 /health 같은 상태 확인 경로를 설정하세요</translation>
    </message>
    <message>
        <source>%1 has health check path &quot;%2&quot;, which does not start with /</source>
        <translation>%1의 상태 확인 경로 &quot;%2&quot;이(가) /로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>start the path with /</source>
        <translation>경로를 /로 시작하세요</translation>
    </message>
    <message>
        <source>%1 has %2 %3, outside %4-%5</source>
        <translation>%1의 %2 값 %3이(가) %4-%5 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>use a value from %1 to %2</source>
        <translation>%1에서 %2 사이의 값을 쓰세요</translation>
    </message>
    <message>
        <source>%1 waits %2 s for a check that repeats every %3 s</source>
        <translation>%1은(는) %3초마다 반복되는 확인을 %2초 동안 기다립니다</translation>
    </message>
    <message>
        <source>make the timeout shorter than the interval</source>
        <translation>제한 시간을 간격보다 짧게 하세요</translation>
    </message>
    <message>
        <source>%1 (zone %2) sends internet traffic through %3 in zone %4: if that zone fails, %1 loses egress, and cross-zone data is billed</source>
        <translation>%1(가용 영역 %2)이(가) 가용 영역 %4의 %3을(를) 거쳐 인터넷 트래픽을 보냅니다: 그 가용 영역에 장애가 나면 %1의 아웃바운드가 끊기고, 가용 영역 간 데이터 요금이 청구됩니다</translation>
    </message>
    <message>
        <source>add a NAT gateway in a public subnet of zone %1 and route %2 to it</source>
        <translation>가용 영역 %1의 퍼블릭 서브넷에 NAT 게이트웨이를 추가하고 %2을(를) 그쪽으로 라우팅하세요</translation>
    </message>
    <message>
        <source>zonal NAT gateway %1 is not in a subnet</source>
        <translation>영역 NAT 게이트웨이 %1이(가) 서브넷에 없습니다</translation>
    </message>
    <message>
        <source>place %1 in a public subnet</source>
        <translation>%1을(를) 퍼블릭 서브넷에 두세요</translation>
    </message>
    <message>
        <source>%1 sits in %2, which has no 0.0.0.0/0 route to an internet gateway, so nothing routed through it reaches the internet</source>
        <translation>%1이(가) 있는 %2에 인터넷 게이트웨이로 가는 0.0.0.0/0 경로가 없어, 이를 거쳐 라우팅되는 트래픽은 인터넷에 도달하지 못합니다</translation>
    </message>
    <message>
        <source>public NAT gateway %1 has no Elastic IP; AWS requires one at creation</source>
        <translation>퍼블릭 NAT 게이트웨이 %1에 탄력적 IP가 없습니다. AWS는 생성할 때 하나를 요구합니다</translation>
    </message>
    <message>
        <source>pull its image</source>
        <translation>이미지 가져오기</translation>
    </message>
    <message>
        <source>deliver its logs</source>
        <translation>로그 전달</translation>
    </message>
    <message>
        <source>read its secrets at start</source>
        <translation>시작 시 보안 암호 읽기</translation>
    </message>
    <message>
        <source>send traces to X-Ray</source>
        <translation>X-Ray로 추적 전송</translation>
    </message>
    <message>
        <source>send a drawn flow</source>
        <translation>그려진 흐름 전송</translation>
    </message>
    <message>
        <source>reach its database</source>
        <translation>데이터베이스 도달</translation>
    </message>
    <message>
        <source>is reachable from the internet</source>
        <translation>인터넷에서 도달 가능</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; of %2 sets %3 in plaintext in its environment</source>
        <translation>%2의 컨테이너 &quot;%1&quot;이(가) 환경 변수에 %3을(를) 평문으로 설정합니다</translation>
    </message>
    <message>
        <source>store %1 in Secrets Manager and reference it from the container&apos;s secrets</source>
        <translation>%1을(를) Secrets Manager에 저장하고 컨테이너의 secrets에서 참조하세요</translation>
    </message>
    <message>
        <source>%1 of %2 comes from %3, a %4 parameter, which is not encrypted</source>
        <translation>%2의 %1은(는) 암호화되지 않은 %4 파라미터 %3에서 옵니다</translation>
    </message>
    <message>
        <source>make %1 a SecureString parameter or a Secrets Manager secret</source>
        <translation>%1을(를) SecureString 파라미터나 Secrets Manager 보안 암호로 바꾸세요</translation>
    </message>
    <message>
        <source>the master password of %1 is not managed by Secrets Manager</source>
        <translation>%1의 마스터 암호를 Secrets Manager가 관리하지 않습니다</translation>
    </message>
    <message>
        <source>turn on manageMasterUserPassword</source>
        <translation>manageMasterUserPassword를 켜세요</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, outside %4-%5</source>
        <translation>%2의 %1이(가) %3(으)로 %4-%5 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>use a port from %1 to %2</source>
        <translation>%1에서 %2 사이의 포트를 쓰세요</translation>
    </message>
    <message>
        <source>%1 of %2 has the invalid port range %3-%4</source>
        <translation>%2의 %1에 잘못된 포트 범위 %3-%4이(가) 있습니다</translation>
    </message>
    <message>
        <source>use ports from 0 to 65535 with from &lt;= to</source>
        <translation>0에서 65535 사이의 포트를 시작 &lt;= 끝이 되도록 쓰세요</translation>
    </message>
    <message>
        <source>a listener</source>
        <translation>리스너</translation>
    </message>
    <message>
        <source>target group &quot;%1&quot;</source>
        <translation>대상 그룹 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>container &quot;%1&quot;</source>
        <translation>컨테이너 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the load balancer container port</source>
        <translation>로드 밸런서 컨테이너 포트</translation>
    </message>
    <message>
        <source>the database port</source>
        <translation>데이터베이스 포트</translation>
    </message>
    <message>
        <source>an ingress rule</source>
        <translation>인바운드 규칙</translation>
    </message>
    <message>
        <source>an egress rule</source>
        <translation>아웃바운드 규칙</translation>
    </message>
    <message>
        <source>the flow</source>
        <translation>흐름</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot %2: %3</source>
        <translation>%1: %2 불가: %3</translation>
    </message>
    <message>
        <source>%1 runs its tasks in no subnet only: a zone failure stops the service</source>
        <translation>%1의 태스크가 어느 서브넷에도 없습니다: 가용 영역 장애 하나로 서비스가 멈춥니다</translation>
    </message>
    <message>
        <source>%1 runs its tasks in zone %2 only: a zone failure stops the service</source>
        <translation>%1은(는) 가용 영역 %2에서만 태스크를 실행합니다: 가용 영역 장애 하나로 서비스가 멈춥니다</translation>
    </message>
    <message>
        <source>add a private subnet of a second zone to the placement of %1</source>
        <translation>%1의 배치에 두 번째 가용 영역의 프라이빗 서브넷을 추가하세요</translation>
    </message>
    <message>
        <source>%1 runs tasks in public subnet(s) %2; application tasks belong in private subnets behind the ALB</source>
        <translation>%1이(가) 퍼블릭 서브넷 %2에서 태스크를 실행합니다. 애플리케이션 태스크는 ALB 뒤의 프라이빗 서브넷에 있어야 합니다</translation>
    </message>
    <message>
        <source>place %1 in private subnets that reach the internet through NAT gateways or endpoints</source>
        <translation>%1을(를) NAT 게이트웨이나 엔드포인트로 인터넷에 연결되는 프라이빗 서브넷에 두세요</translation>
    </message>
    <message>
        <source>%1 gives every task a public IP address</source>
        <translation>%1은(는) 모든 태스크에 퍼블릭 IP 주소를 부여합니다</translation>
    </message>
    <message>
        <source>turn off assignPublicIp and give the private subnets a NAT gateway per zone or VPC endpoints</source>
        <translation>assignPublicIp를 끄고 프라이빗 서브넷에 가용 영역마다 NAT 게이트웨이나 VPC 엔드포인트를 두세요</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2에서 오는 %1</translation>
    </message>
    <message>
        <source>no flow from %1 to %2 needs it</source>
        <translation>%1에서 %2(으)로 가는 흐름 중 이것이 필요한 흐름이 없습니다</translation>
    </message>
    <message>
        <source>it admits public addresses</source>
        <translation>퍼블릭 주소를 허용합니다</translation>
    </message>
    <message>
        <source>an address range admits more than the database needs</source>
        <translation>주소 범위가 데이터베이스에 필요한 것보다 많이 허용합니다</translation>
    </message>
    <message>
        <source>an address range admits more than the service needs</source>
        <translation>주소 범위가 서비스에 필요한 것보다 많이 허용합니다</translation>
    </message>
    <message>
        <source>%1 (on %2) admits %3: %4</source>
        <translation>%1(%2에 연결)이(가) %3을(를) 허용합니다: %4</translation>
    </message>
    <message>
        <source>admit only the security groups of %1&apos;s clients (the flows drawn to it)</source>
        <translation>%1의 클라이언트(%1(으)로 그려진 흐름)의 보안 그룹만 허용하세요</translation>
    </message>
    <message>
        <source>%1 (on %2) admits %3, beyond the listener ports %4</source>
        <translation>%1(%2에 연결)이(가) 리스너 포트 %4을(를) 넘어 %3을(를) 허용합니다</translation>
    </message>
    <message>
        <source>admit public traffic on the listener ports only</source>
        <translation>퍼블릭 트래픽은 리스너 포트에서만 허용하세요</translation>
    </message>
    <message>
        <source>production service %1 runs only on Fargate Spot: an interruption (two minutes&apos; notice) can stop every task at once</source>
        <translation>프로덕션 서비스 %1은(는) Fargate Spot에서만 실행됩니다: 중단(2분 전 통보) 한 번에 모든 태스크가 동시에 멈출 수 있습니다</translation>
    </message>
    <message>
        <source>add FARGATE to the capacity provider strategy with a base (e.g. base 2, weight 1 against Spot 4)</source>
        <translation>용량 공급자 전략에 기본값이 있는 FARGATE를 추가하세요(예: base 2, weight 1, Spot은 4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1개</translation>
    </message>
    <message>
        <source>%1 (%2) has %3 usable addresses but needs %4 at maximum scale (%5)</source>
        <translation>%1(%2)에 사용 가능한 주소는 %3개지만 최대 규모에서 %4개가 필요합니다(%5)</translation>
    </message>
    <message>
        <source>%1 (%2) has %3 usable addresses but needs %4 at maximum scale (%5) and %6 during a rolling deployment (maximumPercent 200)</source>
        <translation>%1(%2)에 사용 가능한 주소는 %3개지만 최대 규모에서 %4개(%5), 롤링 배포 중에는 %6개가 필요합니다(maximumPercent 200)</translation>
    </message>
    <message>
        <source>use a larger subnet (a /%1 or bigger) or lower maxCount</source>
        <translation>더 큰 서브넷(/%1 이상)을 쓰거나 maxCount를 낮추세요</translation>
    </message>
    <message>
        <source>%1 (%2) is not inside %3 (%4)</source>
        <translation>%1(%2)이(가) %3(%4) 안에 있지 않습니다</translation>
    </message>
    <message>
        <source>choose a CIDR block for %1 within %2</source>
        <translation>%1의 CIDR 블록을 %2 안에서 고르세요</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) overlap in %5</source>
        <translation>%5에서 %1(%2)과(와) %3(%4)이(가) 겹칩니다</translation>
    </message>
    <message>
        <source>give %1 a CIDR block of %2 that no other subnet uses</source>
        <translation>%1에 다른 서브넷이 쓰지 않는 %2의 CIDR 블록을 주세요</translation>
    </message>
    <message>
        <source>%1 names target group &quot;%2&quot;, which %3 does not have</source>
        <translation>%1이(가) 가리키는 대상 그룹 &quot;%2&quot;이(가) %3에 없습니다</translation>
    </message>
    <message>
        <source>add target group &quot;%1&quot; to %2 or pick one of its target groups</source>
        <translation>%2에 대상 그룹 &quot;%1&quot;을(를) 추가하거나 %2의 대상 그룹 중 하나를 고르세요</translation>
    </message>
    <message>
        <source>target group &quot;%1&quot; of %2 has target type %3; Fargate tasks (awsvpc) register by IP address</source>
        <translation>%2의 대상 그룹 &quot;%1&quot;의 대상 유형이 %3입니다. Fargate 태스크(awsvpc)는 IP 주소로 등록됩니다</translation>
    </message>
    <message>
        <source>set targetType of &quot;%1&quot; to ip</source>
        <translation>&quot;%1&quot;의 targetType을 ip로 설정하세요</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; of %2 runs %3 from an unknown public registry</source>
        <translation>%2의 컨테이너 &quot;%1&quot;이(가) 알 수 없는 퍼블릭 레지스트리의 %3을(를) 실행합니다</translation>
    </message>
    <message>
        <source>build from a Docker official or AWS-verified base image and push it to ECR with Content Trust on</source>
        <translation>Docker 공식 또는 AWS 검증 기본 이미지로 빌드하고 Content Trust를 켠 채 ECR에 푸시하세요</translation>
    </message>
    <message>
        <source>%1 protects nothing</source>
        <translation>%1이(가) 아무것도 보호하지 않습니다</translation>
    </message>
    <message>
        <source>associate %1 with the public ALB</source>
        <translation>%1을(를) 퍼블릭 ALB에 연결하세요</translation>
    </message>
    <message>
        <source>%1 is associated with %2, a %3; a regional web ACL attaches to an ALB, API Gateway or CloudFront only</source>
        <translation>%1이(가) %3인 %2에 연결되어 있습니다. 리전 웹 ACL은 ALB, API Gateway, CloudFront에만 연결됩니다</translation>
    </message>
    <message>
        <source>associate %1 with the internet-facing ALB in front of %2</source>
        <translation>%1을(를) %2 앞의 인터넷 경계 ALB에 연결하세요</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>%1; no log group: storage not estimated</source>
        <translation>%1; 로그 그룹 없음: 저장 비용은 추정하지 않음</translation>
    </message>
    <message>
        <source>%1 routed to Firehose</source>
        <translation>%1, Firehose로 라우팅됨</translation>
    </message>
    <message>
        <source>%1 on-demand tasks x %2 vCPU, %3 GB (%4) x 730 h</source>
        <translation>온디맨드 태스크 %1개 x %2 vCPU, %3GB(%4) x 730시간</translation>
    </message>
    <message>
        <source>%1 Spot tasks x %2 vCPU, %3 GB (%4) x 730 h</source>
        <translation>Spot 태스크 %1개 x %2 vCPU, %3GB(%4) x 730시간</translation>
    </message>
    <message>
        <source>%1 tasks x %2 GB above the 20 GB included x 730 h</source>
        <translation>태스크 %1개 x 기본 포함 20GB를 넘는 %2GB x 730시간</translation>
    </message>
    <message>
        <source>%1 tasks with a public IPv4 address x 730 h</source>
        <translation>퍼블릭 IPv4 주소가 있는 태스크 %1개 x 730시간</translation>
    </message>
    <message>
        <source>%1 requests x %2 sampled (usage xraySampledShare); free tier not deducted</source>
        <translation>요청 %1건 x 샘플링 비율 %2(사용량 가정 xraySampledShare); 프리 티어는 차감하지 않음</translation>
    </message>
    <message>
        <source>RunningTaskCount alarm (REL-3)</source>
        <translation>RunningTaskCount 경보(REL-3)</translation>
    </message>
    <message>
        <source>1 %1 (Linux, on-demand) x 730 h; EBS root volume not priced</source>
        <translation>%1 1대(Linux, 온디맨드) x 730시간; EBS 루트 볼륨은 가격에 포함하지 않음</translation>
    </message>
    <message>
        <source>1 public IPv4 address x 730 h</source>
        <translation>퍼블릭 IPv4 주소 1개 x 730시간</translation>
    </message>
    <message>
        <source>%1 Serverless v2 instances x %2 average ACUs (property averageAcu) x 730 h</source>
        <translation>Serverless v2 인스턴스 %1개 x 평균 %2 ACU(속성 averageAcu) x 730시간</translation>
    </message>
    <message>
        <source>%1 x %2 (%3, Aurora Standard) x 730 h</source>
        <translation>%2 %1개(%3, Aurora Standard) x 730시간</translation>
    </message>
    <message>
        <source>%1 GB stored (property storageGb)</source>
        <translation>저장 %1GB(속성 storageGb)</translation>
    </message>
    <message>
        <source>%1 I/O requests (property ioRequestsPerMonth)</source>
        <translation>I/O 요청 %1건(속성 ioRequestsPerMonth)</translation>
    </message>
    <message>
        <source>master user password managed in Secrets Manager</source>
        <translation>Secrets Manager에서 관리하는 마스터 사용자 암호</translation>
    </message>
    <message>
        <source>%1 GB in S3 Standard (property storageGb); requests not priced</source>
        <translation>S3 Standard에 %1GB(속성 storageGb); 요청은 가격에 포함하지 않음</translation>
    </message>
    <message>
        <source>%1 GB of images (property storageGb)</source>
        <translation>이미지 %1GB(속성 storageGb)</translation>
    </message>
    <message>
        <source>1 secret; API calls not priced</source>
        <translation>보안 암호 1개; API 호출은 가격에 포함하지 않음</translation>
    </message>
    <message>
        <source>no flow with monthly GB passes here</source>
        <translation>월 GB가 지정된 흐름이 여기를 지나지 않음</translation>
    </message>
    <message>
        <source>%1 GB from flows %2</source>
        <translation>흐름 %2에서 %1GB</translation>
    </message>
    <message>
        <source>%1 + %2 GB assumed (usage %3)</source>
        <translation>%1 + 가정 %2GB(사용량 가정 %3)</translation>
    </message>
    <message>
        <source>%1 AZs (regional mode, billed per AZ in use) x 730 h</source>
        <translation>가용 영역 %1개(리전 모드, 사용 중인 가용 영역마다 과금) x 730시간</translation>
    </message>
    <message>
        <source>1 zonal NAT gateway x 730 h</source>
        <translation>영역 NAT 게이트웨이 1개 x 730시간</translation>
    </message>
    <message>
        <source>%1 Elastic IP x 730 h</source>
        <translation>탄력적 IP %1개 x 730시간</translation>
    </message>
    <message>
        <source>%1 in %2 AZs x 730 h (no subnets placed)</source>
        <translation>가용 영역 %2개의 %1 x 730시간(배치된 서브넷 없음)</translation>
    </message>
    <message>
        <source>%1 in %2 AZs x 730 h</source>
        <translation>가용 영역 %2개의 %1 x 730시간</translation>
    </message>
    <message>
        <source>%1; first-1-PB tier rate</source>
        <translation>%1; 첫 1PB 구간 요금</translation>
    </message>
    <message>
        <source>1 ALB x 730 h</source>
        <translation>ALB 1개 x 730시간</translation>
    </message>
    <message>
        <source>%1 LCU per hour (property lcuPerHour) x 730 h</source>
        <translation>시간당 %1 LCU(속성 lcuPerHour) x 730시간</translation>
    </message>
    <message>
        <source>internet-facing: 1 public IPv4 per AZ x %1 AZs x 730 h</source>
        <translation>인터넷 경계: 가용 영역당 퍼블릭 IPv4 1개 x 가용 영역 %1개 x 730시간</translation>
    </message>
    <message>
        <source>%1 tasks x %2 GB/day (usage logGbPerTaskDay) x %3 days</source>
        <translation>태스크 %1개 x 하루 %2GB(사용량 가정 logGbPerTaskDay) x %3일</translation>
    </message>
    <message>
        <source>%1 tasks x %2 GB/day (usage logGbPerTaskDay) x %3 days x %4 share (FireLens routes; usage logShareAccess/logShareError)</source>
        <translation>태스크 %1개 x 하루 %2GB(사용량 가정 logGbPerTaskDay) x %3일 x 비율 %4(FireLens 라우팅; 사용량 가정 logShareAccess/logShareError)</translation>
    </message>
    <message>
        <source>its own ingestion</source>
        <translation>자체 수집량</translation>
    </message>
    <message>
        <source>%1 GB per month (property ingestGbPerMonth)</source>
        <translation>월 %1GB(속성 ingestGbPerMonth)</translation>
    </message>
    <message>
        <source>no service writing to it</source>
        <translation>기록하는 서비스 없음</translation>
    </message>
    <message>
        <source>%1 GB/month from %2 held %3 months (retention %4) x %5 stored per ingested GB</source>
        <translation>%2의 월 %1GB를 %3개월 보관(보존 기간 %4) x 수집 GB당 저장 %5</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>만료 없음</translation>
    </message>
    <message>
        <source>%1 cluster + %2 x %3 services metrics, charged as custom metrics (MET-2)</source>
        <translation>클러스터 지표 %1개 + 서비스 %3개 x %2개 지표, 사용자 지정 지표로 과금(MET-2)</translation>
    </message>
    <message>
        <source>Container Insights performance events: %1 tasks x %2 GB (usage containerInsightsLogGbPerTaskMonth) (MET-2)</source>
        <translation>Container Insights 성능 이벤트: 태스크 %1개 x %2GB(사용량 가정 containerInsightsLogGbPerTaskMonth)(MET-2)</translation>
    </message>
    <message>
        <source>1 standard-resolution alarm</source>
        <translation>표준 해상도 경보 1개</translation>
    </message>
    <message>
        <source>1 web ACL</source>
        <translation>웹 ACL 1개</translation>
    </message>
    <message>
        <source>%1 rules or rule groups (property ruleCount)</source>
        <translation>규칙 또는 규칙 그룹 %1개(속성 ruleCount)</translation>
    </message>
    <message>
        <source>%1 requests per month</source>
        <translation>월 요청 %1건</translation>
    </message>
    <message>
        <source>unit price overridden by you</source>
        <translation>사용자가 단가를 지정함</translation>
    </message>
    <message>
        <source>%1; unit price overridden by you</source>
        <translation>%1; 사용자가 단가를 지정함</translation>
    </message>
    <message>
        <source>no sourced price for %1 in %2 (set an override to price it)</source>
        <translation>%2에 %1의 출처 있는 가격이 없음(가격을 매기려면 사용자 지정 가격을 설정하세요)</translation>
    </message>
    <message>
        <source>%1; no sourced price for %2 in %3 (set an override to price it)</source>
        <translation>%1; %3에 %2의 출처 있는 가격이 없음(가격을 매기려면 사용자 지정 가격을 설정하세요)</translation>
    </message>
    <message>
        <source>%1 quantities unpriced</source>
        <translation>가격이 없는 수량 %1개</translation>
    </message>
    <message>
        <source>a NAT gateway, public IPv4 or interface endpoint price is missing for %1</source>
        <translation>%1에 NAT 게이트웨이, 퍼블릭 IPv4 또는 인터페이스 엔드포인트 가격이 없습니다</translation>
    </message>
    <message>
        <source>%1 AZs with private tasks; %2 interface endpoints needed without NAT; internet egress keeps NAT in both options</source>
        <translation>프라이빗 태스크가 있는 가용 영역 %1개; NAT 없이 필요한 인터페이스 엔드포인트 %2개; 인터넷 송신 때문에 두 옵션 모두 NAT 유지</translation>
    </message>
    <message>
        <source>%1 AZs with private tasks; %2 interface endpoints needed without NAT</source>
        <translation>프라이빗 태스크가 있는 가용 영역 %1개; NAT 없이 필요한 인터페이스 엔드포인트 %2개</translation>
    </message>
    <message>
        <source>NAT gateways vs VPC endpoints (egress only)</source>
        <translation>NAT 게이트웨이 대 VPC 엔드포인트(송신만)</translation>
    </message>
    <message>
        <source>As drawn</source>
        <translation>그린 그대로</translation>
    </message>
    <message>
        <source>NAT gateway and interface endpoint lines of the estimate</source>
        <translation>추정치의 NAT 게이트웨이 및 인터페이스 엔드포인트 항목</translation>
    </message>
    <message>
        <source>NAT gateway per AZ</source>
        <translation>가용 영역마다 NAT 게이트웨이</translation>
    </message>
    <message>
        <source>%1 NAT gateways + Elastic IPs; all traffic processed by NAT</source>
        <translation>NAT 게이트웨이 %1개 + 탄력적 IP; 모든 트래픽을 NAT가 처리</translation>
    </message>
    <message>
        <source>Interface endpoints</source>
        <translation>인터페이스 엔드포인트</translation>
    </message>
    <message>
        <source>%1 endpoints x %2 AZs + NAT for internet egress</source>
        <translation>엔드포인트 %1개 x 가용 영역 %2개 + 인터넷 송신용 NAT</translation>
    </message>
    <message>
        <source>%1 endpoints x %2 AZs</source>
        <translation>엔드포인트 %1개 x 가용 영역 %2개</translation>
    </message>
    <message>
        <source>On-demand vs Spot capacity</source>
        <translation>온디맨드 대 Spot 용량</translation>
    </message>
    <message>
        <source>As designed</source>
        <translation>설계 그대로</translation>
    </message>
    <message>
        <source>All on-demand (FARGATE)</source>
        <translation>모두 온디맨드(FARGATE)</translation>
    </message>
    <message>
        <source>Base 2 on FARGATE, then 1:4 FARGATE_SPOT</source>
        <translation>FARGATE에 기본 2개, 이후 1:4로 FARGATE_SPOT</translation>
    </message>
    <message>
        <source>All Spot (FARGATE_SPOT)</source>
        <translation>모두 Spot(FARGATE_SPOT)</translation>
    </message>
    <message>
        <source>Minimum vs desired vs maximum tasks</source>
        <translation>최소 대 원하는 대 최대 태스크 수</translation>
    </message>
    <message>
        <source>Minimum tasks</source>
        <translation>최소 태스크 수</translation>
    </message>
    <message>
        <source>Desired tasks</source>
        <translation>원하는 태스크 수</translation>
    </message>
    <message>
        <source>Maximum tasks</source>
        <translation>최대 태스크 수</translation>
    </message>
    <message>
        <source>GB per task-day</source>
        <translation>태스크·일당 GB</translation>
    </message>
    <message>
        <source>application logs each task writes per day</source>
        <translation>각 태스크가 하루에 쓰는 애플리케이션 로그</translation>
    </message>
    <message>
        <source>share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>share of logs a FireLens &quot;access&quot; route matches</source>
        <translation>FireLens &quot;access&quot; 라우팅이 일치하는 로그 비율</translation>
    </message>
    <message>
        <source>share of logs a FireLens &quot;error&quot; route matches</source>
        <translation>FireLens &quot;error&quot; 라우팅이 일치하는 로그 비율</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>stored GB per ingested GB (no compression credited)</source>
        <translation>수집 GB당 저장 GB(압축은 반영하지 않음)</translation>
    </message>
    <message>
        <source>months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>months of logs held by a group that never expires</source>
        <translation>만료되지 않는 로그 그룹이 로그를 보관하는 개월 수</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>requests per month (a Users node&apos;s value wins)</source>
        <translation>월 요청 수(Users 노드의 값이 우선)</translation>
    </message>
    <message>
        <source>share of requests X-Ray records</source>
        <translation>X-Ray가 기록하는 요청 비율</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>GB per NAT gateway besides the flows drawn through it</source>
        <translation>NAT 게이트웨이당 GB(이를 지나도록 그린 흐름 외)</translation>
    </message>
    <message>
        <source>GB per interface endpoint besides the flows drawn through it</source>
        <translation>인터페이스 엔드포인트당 GB(이를 지나도록 그린 흐름 외)</translation>
    </message>
    <message>
        <source>GB per task-month</source>
        <translation>태스크·월당 GB</translation>
    </message>
    <message>
        <source>performance log events</source>
        <translation>성능 로그 이벤트</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>cluster-level Container Insights metrics</source>
        <translation>클러스터 수준 Container Insights 지표</translation>
    </message>
    <message>
        <source>service-level Container Insights metrics</source>
        <translation>서비스 수준 Container Insights 지표</translation>
    </message>
</context>
<context>
    <name>Stackyard::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Show findings of at least this severity</source>
        <translation>이 심각도 이상의 발견 사항만 표시</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>모든 심각도</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>오류 및 경고</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>오류만</translation>
    </message>
    <message>
        <source>Show the findings of one Well-Architected pillar</source>
        <translation>Well-Architected 원칙 하나의 발견 사항만 표시</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>모든 원칙</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>모범 사례</translation>
    </message>
    <message>
        <source>No findings: every check passes.</source>
        <translation>발견 사항 없음: 모든 검사를 통과했습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; errors · &lt;b&gt;%2&lt;/b&gt; warnings · &lt;b&gt;%3&lt;/b&gt; info</source>
        <translation>오류 &lt;b&gt;%1&lt;/b&gt; · 경고 &lt;b&gt;%2&lt;/b&gt; · 정보 &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s)</source>
        <translation>
            <numerusform>%1 — 발견 사항 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>점수 %1</translation>
    </message>
    <message>
        <source>100 minus 25 per error, 10 per warning and 2 per info</source>
        <translation>100점에서 오류당 25점, 경고당 10점, 정보당 2점 감점</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stackyard checks reachability, security groups, deploy-time errors and the container practices on every edit. Nothing to report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Stackyard는 편집할 때마다 도달 가능성, 보안 그룹, 배포 시 오류, 컨테이너 모범 사례를 검사합니다. 보고할 사항이 없습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see why it matters and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;발견 사항을 선택하면 중요한 이유와 해결 방법을 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;해결 방법:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Stackyard::FixChoices</name>
    <message>
        <source>Apply fix: %1</source>
        <translation>수정 적용: %1</translation>
    </message>
    <message>
        <source>Applies the fix as one edit; Undo (Ctrl+Z) takes it back.</source>
        <translation>수정을 하나의 편집으로 적용합니다. 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/월</translation>
    </message>
    <message>
        <source>Apply fix: %1 (%2)</source>
        <translation>수정 적용: %1 (%2)</translation>
    </message>
    <message>
        <source>Apply fix: %1 (%2; does not resolve this finding)</source>
        <translation>수정 적용: %1 (%2, 이 발견 사항은 해결되지 않음)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source>Resolves this finding.</source>
        <translation>이 발견 사항을 해결합니다.</translation>
    </message>
    <message>
        <source>Does not resolve this finding on its own.</source>
        <translation>이 수정만으로는 이 발견 사항이 해결되지 않습니다.</translation>
    </message>
    <message>
        <source>Errors in the design: %1 before, %2 after.</source>
        <translation>설계의 오류: 적용 전 %1개, 적용 후 %2개.</translation>
    </message>
    <message>
        <source>Monthly cost: %1 at the prices in use (%2).</source>
        <translation>월 비용: 현재 적용 중인 가격(%2) 기준 %1.</translation>
    </message>
</context>
<context>
    <name>Stackyard::FixTitle</name>
    <message>
        <source>Add VPC endpoints (ecr.api, ecr.dkr, logs, secretsmanager + S3 gateway)</source>
        <translation>VPC 엔드포인트 추가(ecr.api, ecr.dkr, logs, secretsmanager + S3 게이트웨이)</translation>
    </message>
    <message>
        <source>Add a NAT gateway per Availability Zone</source>
        <translation>가용 영역마다 NAT 게이트웨이 추가</translation>
    </message>
    <message>
        <source>Add a public subnet of a second zone to the ALB</source>
        <translation>ALB에 두 번째 가용 영역의 퍼블릭 서브넷 추가</translation>
    </message>
    <message>
        <source>Generate security group rules from flows</source>
        <translation>흐름에서 보안 그룹 규칙 생성</translation>
    </message>
    <message>
        <source>Replace with the least-privilege rules the flows need</source>
        <translation>흐름에 필요한 최소 권한 규칙으로 교체</translation>
    </message>
    <message>
        <source>Move plaintext secrets to Secrets Manager</source>
        <translation>평문 보안 암호를 Secrets Manager로 이동</translation>
    </message>
</context>
<context>
    <name>Stackyard::FlowPanel</name>
    <message>
        <source>Flow · id %1</source>
        <translation>흐름 · ID %1</translation>
    </message>
    <message>
        <source>A port (443), a range (8000-8080) or all</source>
        <translation>포트(443), 범위(8000-8080) 또는 all</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>지정 안 됨</translation>
    </message>
    <message>
        <source> GB/month</source>
        <translation> GB/월</translation>
    </message>
    <message>
        <source>Data volume per month, for the cost of NAT and endpoint data processing</source>
        <translation>NAT 및 엔드포인트 데이터 처리 비용 산정을 위한 월 데이터 양</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>트래픽</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>구간</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>데이터 양</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Stackyard::Gui::RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>저장하지 않은 작업 복구</translation>
    </message>
    <message>
        <source>Stackyard stopped unexpectedly while these designs had unsaved changes. Recovered designs open with their changes, not yet saved.</source>
        <translation>다음 설계에 저장하지 않은 변경 사항이 있는 상태에서 Stackyard가 예기치 않게 종료되었습니다. 복구한 설계는 변경 사항이 반영된 채 저장되지 않은 상태로 열립니다.</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>저장된 적 없음</translation>
    </message>
    <message>
        <source>%1
%2 · changed %3</source>
        <translation>%1
%2 · %3에 변경됨</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Open the checked designs; the journals are then removed</source>
        <translation>선택한 설계를 엽니다. 이후 저널은 삭제됩니다</translation>
    </message>
    <message>
        <source>Delete the recovered work for good</source>
        <translation>복구한 작업을 영구히 삭제합니다</translation>
    </message>
</context>
<context>
    <name>Stackyard::HelpPanel</name>
    <message>
        <source>→ / N</source>
        <translation>→ / N</translation>
    </message>
    <message>
        <source>Next finding, framed and explained</source>
        <translation>다음 발견 사항(화면에 맞춰 보여 주고 설명)</translation>
    </message>
    <message>
        <source>← / P</source>
        <translation>← / P</translation>
    </message>
    <message>
        <source>Previous finding</source>
        <translation>이전 발견 사항</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Next request path (Internet → ALB → service → database; tasks → ECR)</source>
        <translation>다음 요청 경로(인터넷 → ALB → 서비스 → 데이터베이스, 태스크 → ECR)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>What if: remove the NAT gateways (what breaks, what it saves)</source>
        <translation>가정 분석: NAT 게이트웨이 제거(무엇이 실패하고 얼마를 절감하는지)</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>What if: remove the interface endpoints</source>
        <translation>가정 분석: 인터페이스 엔드포인트 제거</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Network tiers</source>
        <translation>네트워크 계층</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Security groups on each resource</source>
        <translation>리소스별 보안 그룹</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Port labels on flows</source>
        <translation>흐름의 포트 레이블</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Finding badges and blocked flows</source>
        <translation>발견 사항 배지와 차단된 흐름</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Cost heat map</source>
        <translation>비용 히트 맵</translation>
    </message>
    <message>
        <source>0 / Home</source>
        <translation>0 / Home</translation>
    </message>
    <message>
        <source>The whole design</source>
        <translation>설계 전체</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Show or hide these keys</source>
        <translation>이 키 안내 표시/숨기기</translation>
    </message>
    <message>
        <source>Esc / F5</source>
        <translation>Esc / F5</translation>
    </message>
    <message>
        <source>Leave presentation (every what-if is undone)</source>
        <translation>프레젠테이션 종료(모든 가정 분석이 취소됨)</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>프레젠테이션 키</translation>
    </message>
</context>
<context>
    <name>Stackyard::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
</context>
<context>
    <name>Stackyard::InspectorPanel</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>항목 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>flow %1</source>
        <translation>흐름 %1</translation>
    </message>
    <message>
        <source>Align, distribute, move or delete them together from the Arrange and Edit menus.</source>
        <translation>정렬 및 편집 메뉴에서 함께 정렬, 균등 배치, 이동 또는 삭제할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Stackyard::JsonEditor</name>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Commit the edited value (one undo step)</source>
        <translation>편집한 값을 반영합니다(실행 취소 한 단계)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>expected a list [ … ]</source>
        <translation>목록 [ … ]이어야 합니다</translation>
    </message>
    <message>
        <source>expected an object { … }</source>
        <translation>객체 { … }이어야 합니다</translation>
    </message>
</context>
<context>
    <name>Stackyard::KindDoc</name>
    <message>
        <source>The public internet: where requests come from and where egress goes.</source>
        <translation>퍼블릭 인터넷: 요청이 들어오고 송신 트래픽이 나가는 곳입니다.</translation>
    </message>
    <message>
        <source>The people who use the service.</source>
        <translation>서비스를 이용하는 사람들입니다.</translation>
    </message>
    <message>
        <source>A virtual network in one Region.</source>
        <translation>하나의 리전에 있는 가상 네트워크입니다.</translation>
    </message>
    <message>
        <source>A range of the VPC in one Availability Zone. Its tier is derived from its route table.</source>
        <translation>하나의 가용 영역에 있는 VPC의 주소 범위입니다. 계층은 라우팅 테이블에서 결정됩니다.</translation>
    </message>
    <message>
        <source>Connects a VPC to the internet. One per VPC. No charge.</source>
        <translation>VPC를 인터넷에 연결합니다. VPC당 하나이며 요금이 없습니다.</translation>
    </message>
    <message>
        <source>Lets private subnets reach the internet. Zonal: put one in a public subnet of each AZ.</source>
        <translation>프라이빗 서브넷이 인터넷에 접근하게 합니다. 영역별 리소스이므로 가용 영역마다 퍼블릭 서브넷에 하나씩 두세요.</translation>
    </message>
    <message>
        <source>Routes of subnets. A first-class object of the design (Design::routeTables), edited in the inspector.</source>
        <translation>서브넷의 라우팅입니다. 설계의 독립 객체(Design::routeTables)이며 속성 패널에서 편집합니다.</translation>
    </message>
    <message>
        <source>Stateful firewall on network interfaces. A first-class object of the design (Design::securityGroups).</source>
        <translation>네트워크 인터페이스에 적용되는 상태 저장 방화벽입니다. 설계의 독립 객체(Design::securityGroups)입니다.</translation>
    </message>
    <message>
        <source>Application Load Balancer. Spans the subnets of its placement (two AZs or more).</source>
        <translation>Application Load Balancer입니다. 배치된 서브넷(2개 이상의 가용 영역)에 걸쳐 있습니다.</translation>
    </message>
    <message>
        <source>Web application firewall in front of the public ALB (SEC-11).</source>
        <translation>퍼블릭 ALB 앞단의 웹 애플리케이션 방화벽입니다(SEC-11).</translation>
    </message>
    <message>
        <source>A logical group of services and tasks.</source>
        <translation>서비스와 태스크의 논리적 그룹입니다.</translation>
    </message>
    <message>
        <source>A Fargate service and its task definition (awsvpc: one ENI per task). Spans the private subnets of its placement.</source>
        <translation>Fargate 서비스와 태스크 정의입니다(awsvpc: 태스크당 ENI 1개). 배치된 프라이빗 서브넷에 걸쳐 있습니다.</translation>
    </message>
    <message>
        <source>Private image registry.</source>
        <translation>프라이빗 이미지 레지스트리입니다.</translation>
    </message>
    <message>
        <source>Aurora cluster with its DB subnet group (the subnets of its placement).</source>
        <translation>DB 서브넷 그룹(배치된 서브넷)을 포함한 Aurora 클러스터입니다.</translation>
    </message>
    <message>
        <source>Private access to an AWS service (SEC-14). Interface endpoints span the subnets of their placement.</source>
        <translation>AWS 서비스에 대한 프라이빗 액세스입니다(SEC-14). 인터페이스 엔드포인트는 배치된 서브넷에 걸쳐 있습니다.</translation>
    </message>
    <message>
        <source>Jump host (BAS-1/2): prefer a private subnet with Session Manager or an EC2 Instance Connect Endpoint.</source>
        <translation>점프 호스트(BAS-1/2): 프라이빗 서브넷에 두고 Session Manager나 EC2 Instance Connect 엔드포인트로 접속하는 방식을 권장합니다.</translation>
    </message>
    <message>
        <source>Reach private instances without a public bastion (BAS-2).</source>
        <translation>퍼블릭 배스천 없이 프라이빗 인스턴스에 접속합니다(BAS-2).</translation>
    </message>
    <message>
        <source>CloudWatch Logs group.</source>
        <translation>CloudWatch Logs 로그 그룹입니다.</translation>
    </message>
    <message>
        <source>Sends matching log lines to a Lambda function (LOG-1).</source>
        <translation>일치하는 로그 줄을 Lambda 함수로 보냅니다(LOG-1).</translation>
    </message>
    <message>
        <source>CloudWatch alarm (REL-3).</source>
        <translation>CloudWatch 경보입니다(REL-3).</translation>
    </message>
    <message>
        <source>Lambda function, e.g. the error alert of LOG-1.</source>
        <translation>Lambda 함수입니다(예: LOG-1의 오류 알림).</translation>
    </message>
    <message>
        <source>Notification topic.</source>
        <translation>알림 주제입니다.</translation>
    </message>
    <message>
        <source>S3 bucket (logs, Fluent Bit configuration, artefacts).</source>
        <translation>S3 버킷입니다(로그, Fluent Bit 구성, 아티팩트).</translation>
    </message>
    <message>
        <source>One secret (one ARN per secret, SEC-7).</source>
        <translation>보안 암호 하나입니다(보안 암호마다 ARN 하나, SEC-7).</translation>
    </message>
    <message>
        <source>Parameter Store parameter.</source>
        <translation>Parameter Store 파라미터입니다.</translation>
    </message>
    <message>
        <source>Delivers log records to S3, OpenSearch or Redshift.</source>
        <translation>로그 레코드를 S3, OpenSearch 또는 Redshift로 전송합니다.</translation>
    </message>
    <message>
        <source>Scheduled or event rule, e.g. periodic image rescan (SEC-4).</source>
        <translation>예약 규칙 또는 이벤트 규칙입니다(예: 이미지 정기 재스캔, SEC-4).</translation>
    </message>
    <message>
        <source>Builds images tagged &lt;environment&gt;_&lt;commit id&gt; (CICD-2).</source>
        <translation>&lt;환경&gt;_&lt;커밋 ID&gt; 태그로 이미지를 빌드합니다(CICD-2).</translation>
    </message>
    <message>
        <source>A resource Stackyard does not model, kept with its raw CloudFormation type and properties.</source>
        <translation>Stackyard가 모델링하지 않는 리소스로, 원래의 CloudFormation 유형과 속성을 그대로 유지합니다.</translation>
    </message>
</context>
<context>
    <name>Stackyard::KindTitle</name>
    <message>
        <source>Internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>Internet gateway</source>
        <translation>인터넷 게이트웨이</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT 게이트웨이</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>Application Load Balancer</source>
        <translation>Application Load Balancer</translation>
    </message>
    <message>
        <source>WAF web ACL</source>
        <translation>WAF 웹 ACL</translation>
    </message>
    <message>
        <source>ECS cluster</source>
        <translation>ECS 클러스터</translation>
    </message>
    <message>
        <source>ECS service (Fargate)</source>
        <translation>ECS 서비스(Fargate)</translation>
    </message>
    <message>
        <source>ECR repository</source>
        <translation>ECR 리포지토리</translation>
    </message>
    <message>
        <source>Aurora cluster</source>
        <translation>Aurora 클러스터</translation>
    </message>
    <message>
        <source>VPC endpoint</source>
        <translation>VPC 엔드포인트</translation>
    </message>
    <message>
        <source>Bastion host</source>
        <translation>배스천 호스트</translation>
    </message>
    <message>
        <source>EC2 Instance Connect Endpoint</source>
        <translation>EC2 Instance Connect 엔드포인트</translation>
    </message>
    <message>
        <source>CloudWatch log group</source>
        <translation>CloudWatch 로그 그룹</translation>
    </message>
    <message>
        <source>Subscription filter</source>
        <translation>구독 필터</translation>
    </message>
    <message>
        <source>CloudWatch alarm</source>
        <translation>CloudWatch 경보</translation>
    </message>
    <message>
        <source>Lambda function</source>
        <translation>Lambda 함수</translation>
    </message>
    <message>
        <source>SNS topic</source>
        <translation>SNS 주제</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3 버킷</translation>
    </message>
    <message>
        <source>Secrets Manager secret</source>
        <translation>Secrets Manager 보안 암호</translation>
    </message>
    <message>
        <source>SSM parameter</source>
        <translation>SSM 파라미터</translation>
    </message>
    <message>
        <source>Firehose stream</source>
        <translation>Firehose 스트림</translation>
    </message>
    <message>
        <source>EventBridge rule</source>
        <translation>EventBridge 규칙</translation>
    </message>
    <message>
        <source>CodeBuild project</source>
        <translation>CodeBuild 프로젝트</translation>
    </message>
    <message>
        <source>Other resource</source>
        <translation>기타 리소스</translation>
    </message>
</context>
<context>
    <name>Stackyard::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language applies the next time Stackyard starts.</source>
        <translation>새 언어는 다음에 Stackyard를 시작할 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>Stackyard::LiveAnalysis</name>
    <message>
        <source>No price table for region &quot;%1&quot;; showing %2 prices.</source>
        <translation>리전 &quot;%1&quot;의 가격표가 없어 %2 가격을 표시합니다.</translation>
    </message>
</context>
<context>
    <name>Stackyard::MainActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new design, blank or from a sample</source>
        <translation>빈 설계나 샘플로 새 설계를 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a design or a CloudFormation template</source>
        <translation>설계 또는 CloudFormation 템플릿을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>설계를 저장합니다</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the design under a new name</source>
        <translation>설계를 새 이름으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Import CloudFormation…</source>
        <translation>CloudFormation 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Open a CloudFormation template as a new, laid-out design</source>
        <translation>CloudFormation 템플릿을 배치가 완료된 새 설계로 엽니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Stackyard</source>
        <translation>Stackyard를 끝냅니다</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>마지막 편집을 취소합니다(Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the edit just undone (Ctrl+Shift+Z)</source>
        <translation>방금 취소한 편집을 다시 실행합니다(Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selection to the clipboard</source>
        <translation>선택 항목을 잘라 클립보드에 넣습니다</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selection (with the flows between its items)</source>
        <translation>선택 항목을 복사합니다(항목 사이의 흐름 포함)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Paste with new ids</source>
        <translation>새 ID로 붙여 넣습니다</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the selection next to it</source>
        <translation>선택 항목을 옆에 복제합니다</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selection and what depends on it</source>
        <translation>선택 항목과 이에 의존하는 항목을 삭제합니다</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Select every item on the canvas</source>
        <translation>캔버스의 모든 항목을 선택합니다</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find a resource by name, id or kind</source>
        <translation>이름, ID 또는 종류로 리소스를 찾습니다</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>이름 변경(&amp;R)</translation>
    </message>
    <message>
        <source>Rename the selected resource in place</source>
        <translation>선택한 리소스의 이름을 그 자리에서 바꿉니다</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대합니다</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소합니다</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole design</source>
        <translation>설계 전체를 보여 줍니다</translation>
    </message>
    <message>
        <source>Actual &amp;Size (100 %)</source>
        <translation>실제 크기(&amp;S) (100%)</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>100%로 확대/축소합니다</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>격자 표시(&amp;G)</translation>
    </message>
    <message>
        <source>Show or hide the background grid</source>
        <translation>배경 격자를 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>격자에 맞추기(&amp;N)</translation>
    </message>
    <message>
        <source>Snap moved and resized items to the grid</source>
        <translation>이동하거나 크기를 바꾼 항목을 격자에 맞춥니다</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>전체 화면(&amp;U)</translation>
    </message>
    <message>
        <source>Fill the screen with the window (for a shared screen)</source>
        <translation>창으로 화면을 채웁니다(화면 공유용)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>왼쪽 맞춤(&amp;L)</translation>
    </message>
    <message>
        <source>Align the selected items&apos; left edges</source>
        <translation>선택한 항목의 왼쪽 가장자리를 맞춥니다</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>가운데 맞춤(&amp;C)</translation>
    </message>
    <message>
        <source>Align the selected items&apos; vertical centres</source>
        <translation>선택한 항목의 세로 중심선을 맞춥니다</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>오른쪽 맞춤(&amp;R)</translation>
    </message>
    <message>
        <source>Align the selected items&apos; right edges</source>
        <translation>선택한 항목의 오른쪽 가장자리를 맞춥니다</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>위쪽 맞춤(&amp;T)</translation>
    </message>
    <message>
        <source>Align the selected items&apos; top edges</source>
        <translation>선택한 항목의 위쪽 가장자리를 맞춥니다</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>중간 맞춤(&amp;M)</translation>
    </message>
    <message>
        <source>Align the selected items&apos; horizontal middles</source>
        <translation>선택한 항목의 가로 중심선을 맞춥니다</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>아래쪽 맞춤(&amp;B)</translation>
    </message>
    <message>
        <source>Align the selected items&apos; bottom edges</source>
        <translation>선택한 항목의 아래쪽 가장자리를 맞춥니다</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>가로로 균등 배치(&amp;H)</translation>
    </message>
    <message>
        <source>Space the selected items evenly from left to right</source>
        <translation>선택한 항목을 왼쪽에서 오른쪽으로 같은 간격으로 배치합니다</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>세로로 균등 배치(&amp;V)</translation>
    </message>
    <message>
        <source>Space the selected items evenly from top to bottom</source>
        <translation>선택한 항목을 위에서 아래로 같은 간격으로 배치합니다</translation>
    </message>
    <message>
        <source>Arrange &amp;VPC</source>
        <translation>VPC 배치(&amp;V)</translation>
    </message>
    <message>
        <source>Lay the VPC out as Availability Zone columns and tier rows</source>
        <translation>VPC를 가용 영역별 열과 계층별 행으로 배치합니다</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>모든 단축키를 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;About Stackyard</source>
        <translation>Stackyard 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>버전 및 라이선스</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>정렬(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>프레젠테이션(&amp;P)</translation>
    </message>
    <message>
        <source>Present the design full screen: findings, request paths, what-ifs (Esc leaves)</source>
        <translation>설계를 전체 화면으로 발표합니다: 발견 사항, 요청 경로, 가정 분석(Esc로 종료)</translation>
    </message>
</context>
<context>
    <name>Stackyard::MainWindow</name>
    <message>
        <source>Show or hide the %1 panel (%2)</source>
        <translation>%1 패널을 표시하거나 숨깁니다(%2)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>About Stackyard</source>
        <translation>Stackyard 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stackyard %1&lt;/h3&gt;&lt;p&gt;Design AWS container architectures as a diagram that is checked, priced and exported while you draw it.&lt;/p&gt;&lt;p&gt;Works offline; a design never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stackyard %1&lt;/h3&gt;&lt;p&gt;AWS 컨테이너 아키텍처를 다이어그램으로 설계하면, 그리는 동안 검사하고 비용을 산정하며 내보낼 수 있습니다.&lt;/p&gt;&lt;p&gt;오프라인에서 동작하며, 설계는 이 컴퓨터 밖으로 나가지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagram &amp;Image…</source>
        <translation>다이어그램 이미지(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the diagram for slides as SVG, PNG or PDF (title, date and legend; no selection or grid)</source>
        <translation>슬라이드용 다이어그램을 SVG, PNG 또는 PDF로 저장합니다(제목, 날짜, 범례 포함, 선택 표시와 격자 제외)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save Diagram Image</source>
        <translation>다이어그램 이미지 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 이미지 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>&amp;Review Report…</source>
        <translation>검토 보고서(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the review report (HTML or PDF): diagram, findings by pillar, practice checklist, cost</source>
        <translation>검토 보고서(HTML 또는 PDF)를 작성합니다: 다이어그램, 원칙별 발견 사항, 모범 사례 체크리스트, 비용</translation>
    </message>
    <message>
        <source>%1[*] — Stackyard</source>
        <translation>%1[*] — Stackyard</translation>
    </message>
    <message>
        <source>Price &amp;Overrides…</source>
        <translation>사용자 지정 가격(&amp;O)…</translation>
    </message>
    <message>
        <source>List the region&apos;s prices with their sources and dates, and override any of them</source>
        <translation>리전의 가격을 출처 및 기준일과 함께 나열하고, 원하는 가격을 직접 지정합니다</translation>
    </message>
</context>
<context>
    <name>Stackyard::NewDesignDialog</name>
    <message>
        <source>New design</source>
        <translation>새 설계</translation>
    </message>
    <message>
        <source>Blank design
An empty canvas</source>
        <translation>빈 설계
비어 있는 캔버스</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>시작점:</translation>
    </message>
</context>
<context>
    <name>Stackyard::NumberEditor</name>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
</context>
<context>
    <name>Stackyard::OverlayActions</name>
    <message>
        <source>Fill subnets by their tier: public green, private blue, isolated grey</source>
        <translation>서브넷을 계층별 색으로 채웁니다: 퍼블릭은 녹색, 프라이빗은 파란색, 격리는 회색</translation>
    </message>
    <message>
        <source>Show the security groups on each resource</source>
        <translation>각 리소스에 보안 그룹을 표시합니다</translation>
    </message>
    <message>
        <source>Show the protocol and port on each flow</source>
        <translation>각 흐름에 프로토콜과 포트를 표시합니다</translation>
    </message>
    <message>
        <source>Show finding badges on resources and flows, blocked flows in red</source>
        <translation>리소스와 흐름에 발견 사항 배지를 표시하고, 차단된 흐름은 빨간색으로 표시합니다</translation>
    </message>
    <message>
        <source>Tint each resource by its monthly cost, with its cost per month</source>
        <translation>각 리소스를 월 비용에 따라 색칠하고 월 비용을 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Overlays</source>
        <translation>오버레이(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Stackyard::OverviewDock</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
</context>
<context>
    <name>Stackyard::OverviewView</name>
    <message>
        <source>Click or drag to move the canvas view</source>
        <translation>클릭하거나 끌어서 캔버스 보기를 옮깁니다</translation>
    </message>
</context>
<context>
    <name>Stackyard::PaletteWidget</name>
    <message>
        <source>Search resources…</source>
        <translation>리소스 검색…</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add into the selected container</source>
        <translation>캔버스로 끌어 놓거나, 두 번 클릭해 선택한 컨테이너 안에 추가합니다</translation>
    </message>
</context>
<context>
    <name>Stackyard::Pillar</name>
    <message>
        <source>Operational excellence</source>
        <translation>운영 우수성</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>안정성</translation>
    </message>
    <message>
        <source>Performance efficiency</source>
        <translation>성능 효율성</translation>
    </message>
    <message>
        <source>Cost optimization</source>
        <translation>비용 최적화</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>지속 가능성</translation>
    </message>
</context>
<context>
    <name>Stackyard::PracticeChecklist</name>
    <message>
        <source>%1 or %2</source>
        <comment>a list of alternatives; %1 may itself be a comma-separated list</comment>
        <translation>%1 또는 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>a finding: severity, rule id: message</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>the design has no %1</source>
        <comment>%1: catalogue kinds such as ecs-service, joined by &apos;or&apos;</comment>
        <translation>설계에 없음: %1</translation>
    </message>
    <message>
        <source>checked by %1: no findings</source>
        <translation>%1 규칙으로 검사함: 발견 사항 없음</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>the design fact&apos;s reason; the rules&apos; reason</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>no automatic check for this practice; review it by hand</source>
        <translation>이 모범 사례는 자동 검사가 없으므로 직접 검토해야 함</translation>
    </message>
</context>
<context>
    <name>Stackyard::PracticeFacts</name>
    <message>
        <source>an ALB</source>
        <translation>ALB</translation>
    </message>
    <message>
        <source>an ECS service</source>
        <translation>ECS 서비스</translation>
    </message>
    <message>
        <source>an Aurora cluster</source>
        <translation>Aurora 클러스터</translation>
    </message>
    <message>
        <source>the design lacks %1</source>
        <comment>%1: a list such as &apos;an ALB, an ECS service&apos;</comment>
        <translation>설계에 없음: %1</translation>
    </message>
    <message>
        <source>%1 is not only in public subnets</source>
        <translation>%1: 퍼블릭 서브넷에만 있지 않음</translation>
    </message>
    <message>
        <source>%1 has tasks in a public subnet</source>
        <translation>%1: 퍼블릭 서브넷에 태스크가 있음</translation>
    </message>
    <message>
        <source>%1 sits in a public subnet</source>
        <translation>%1: 퍼블릭 서브넷에 있음</translation>
    </message>
    <message>
        <source>the tiers cover %1 Availability Zone(s)</source>
        <translation>계층이 가용 영역 %1개에만 걸쳐 있음</translation>
    </message>
    <message>
        <source>public ALB tier, private app tier and private database tier over %1 Availability Zones</source>
        <translation>가용 영역 %1개에 걸친 퍼블릭 ALB 계층, 프라이빗 앱 계층, 프라이빗 데이터베이스 계층</translation>
    </message>
    <message>
        <source>FireLens with Fluent Bit routes the logs of: %1</source>
        <translation>Fluent Bit를 쓰는 FireLens가 로그를 라우팅함: %1</translation>
    </message>
    <message>
        <source>not routed by FireLens with Fluent Bit (logDriver): %1</source>
        <translation>Fluent Bit를 쓰는 FireLens로 라우팅하지 않음(logDriver): %1</translation>
    </message>
    <message>
        <source>logs go to S3 and CloudWatch Logs at once from: %1</source>
        <translation>로그를 S3와 CloudWatch Logs로 동시에 보냄: %1</translation>
    </message>
    <message>
        <source>no log route to both S3 and CloudWatch Logs: %1</source>
        <translation>S3와 CloudWatch Logs 양쪽으로 가는 로그 라우팅 없음: %1</translation>
    </message>
    <message>
        <source>access logs to S3 and error logs to CloudWatch Logs for: %1</source>
        <translation>액세스 로그는 S3로, 오류 로그는 CloudWatch Logs로 보냄: %1</translation>
    </message>
    <message>
        <source>no access-&gt;S3 and error-&gt;CloudWatch routes: %1</source>
        <translation>액세스 로그-&gt;S3, 오류 로그-&gt;CloudWatch 라우팅 없음: %1</translation>
    </message>
    <message>
        <source>Container Insights is on for: %1</source>
        <translation>Container Insights 켜짐: %1</translation>
    </message>
    <message>
        <source>Container Insights is off for: %1</source>
        <translation>Container Insights 꺼짐: %1</translation>
    </message>
    <message>
        <source>Container Insights on %1 is priced by task count in the cost breakdown</source>
        <translation>%1의 Container Insights 요금은 비용 내역에서 태스크 수로 계산함</translation>
    </message>
    <message>
        <source>no cluster turns Container Insights on</source>
        <translation>Container Insights를 켠 클러스터 없음</translation>
    </message>
    <message>
        <source>%1 runs the X-Ray daemon sidecar</source>
        <translation>%1: X-Ray 데몬 사이드카 실행</translation>
    </message>
    <message>
        <source>no service turns X-Ray tracing on</source>
        <translation>X-Ray 추적을 켠 서비스 없음</translation>
    </message>
    <message>
        <source>a lifecycle rule per environment tag prefix (%1) on: %2</source>
        <translation>환경 태그 접두사(%1)마다 수명 주기 규칙 있음: %2</translation>
    </message>
    <message>
        <source>no lifecycle rule for every environment prefix on: %1</source>
        <translation>일부 환경 접두사에 수명 주기 규칙 없음: %1</translation>
    </message>
    <message>
        <source>sessions are recorded on: %1</source>
        <translation>세션 기록함: %1</translation>
    </message>
    <message>
        <source>sessions are not recorded on: %1</source>
        <translation>세션 기록 안 함: %1</translation>
    </message>
    <message>
        <source>the report&apos;s shared-responsibility section states the side of every finding (%1, all the customer&apos;s)</source>
        <translation>보고서의 공동 책임 모델 절에서 모든 발견 사항의 책임 주체를 밝힘(%1건, 모두 고객 책임)</translation>
    </message>
    <message>
        <source>settings.ciScanners is on</source>
        <translation>settings.ciScanners 켜짐</translation>
    </message>
    <message>
        <source>no CodeBuild project runs Trivy and Dockle and settings.ciScanners is off</source>
        <translation>Trivy와 Dockle을 실행하는 CodeBuild 프로젝트가 없고 settings.ciScanners도 꺼짐</translation>
    </message>
    <message>
        <source>Trivy and Dockle run in: %1</source>
        <translation>Trivy와 Dockle 실행: %1</translation>
    </message>
    <message>
        <source>Trivy or Dockle is off in: %1</source>
        <translation>Trivy 또는 Dockle 꺼짐: %1</translation>
    </message>
    <message>
        <source>a scheduled rescan covers: %1</source>
        <translation>예약된 재스캔 적용: %1</translation>
    </message>
    <message>
        <source>no scheduled rescan (scheduledRescan) for: %1</source>
        <translation>예약된 재스캔 없음(scheduledRescan): %1</translation>
    </message>
    <message>
        <source>settings.guardDuty is on</source>
        <translation>settings.guardDuty 켜짐</translation>
    </message>
    <message>
        <source>settings.guardDuty is not on</source>
        <translation>settings.guardDuty 꺼짐</translation>
    </message>
    <message>
        <source>Fargate tasks always use awsvpc: %1</source>
        <translation>Fargate 태스크는 항상 awsvpc 사용: %1</translation>
    </message>
    <message>
        <source>not on Fargate, network mode not checked for: %1</source>
        <translation>Fargate가 아니므로 네트워크 모드를 검사하지 않음: %1</translation>
    </message>
    <message>
        <source>a WAF web ACL protects every internet-facing ALB: %1</source>
        <translation>WAF 웹 ACL이 모든 인터넷 경계 ALB를 보호함: %1</translation>
    </message>
    <message>
        <source>internet-facing without a WAF web ACL: %1</source>
        <translation>WAF 웹 ACL 없는 인터넷 경계 ALB: %1</translation>
    </message>
    <message>
        <source>nothing to design: AWS Shield Standard protects every account at no charge (priced at 0)</source>
        <translation>설계할 것 없음: AWS Shield Standard가 모든 계정을 무료로 보호함(0으로 계산)</translation>
    </message>
    <message>
        <source>no VPC endpoints: traffic of private tasks to AWS services crosses the NAT gateways</source>
        <translation>VPC 엔드포인트 없음: 프라이빗 태스크가 AWS 서비스로 보내는 트래픽이 NAT 게이트웨이를 거침</translation>
    </message>
    <message>
        <source>VPC endpoints: %1</source>
        <translation>VPC 엔드포인트: %1</translation>
    </message>
    <message>
        <source>reliability errors: %1</source>
        <translation>안정성 오류: %1</translation>
    </message>
    <message>
        <source>no reliability errors (see the reliability pillar)</source>
        <translation>안정성 오류 없음(안정성 원칙 참고)</translation>
    </message>
    <message>
        <source>a RunningTaskCount alarm watches: %1</source>
        <translation>RunningTaskCount 경보로 감시함: %1</translation>
    </message>
    <message>
        <source>no RunningTaskCount alarm (runningTaskAlarm) on: %1</source>
        <translation>RunningTaskCount 경보 없음(runningTaskAlarm): %1</translation>
    </message>
    <message>
        <source>a maintenance 503 listener rule (maintenanceMode) is exported for: %1</source>
        <translation>유지 관리용 503 리스너 규칙(maintenanceMode)을 내보냄: %1</translation>
    </message>
    <message>
        <source>no maintenance listener rule (maintenanceMode) on: %1</source>
        <translation>유지 관리용 리스너 규칙 없음(maintenanceMode): %1</translation>
    </message>
    <message>
        <source>every service uses target tracking (PERF-2) instead</source>
        <translation>모든 서비스가 대신 대상 추적(PERF-2)을 사용함</translation>
    </message>
    <message>
        <source>autoscaling is set for: %1</source>
        <translation>Auto Scaling 설정됨: %1</translation>
    </message>
    <message>
        <source>no autoscaling policy on: %1</source>
        <translation>Auto Scaling 정책 없음: %1</translation>
    </message>
    <message>
        <source>target tracking scales: %1</source>
        <translation>대상 추적으로 조정함: %1</translation>
    </message>
    <message>
        <source>no target tracking policy on: %1</source>
        <translation>대상 추적 정책 없음: %1</translation>
    </message>
    <message>
        <source>FARGATE and FARGATE_SPOT are available on: %1</source>
        <translation>FARGATE와 FARGATE_SPOT 사용 가능: %1</translation>
    </message>
    <message>
        <source>FARGATE or FARGATE_SPOT missing from the capacity providers of: %1</source>
        <translation>용량 공급자에 FARGATE 또는 FARGATE_SPOT 없음: %1</translation>
    </message>
    <message>
        <source>a FARGATE base with FARGATE_SPOT weight on: %1</source>
        <translation>FARGATE 기본 용량과 FARGATE_SPOT 가중치 설정: %1</translation>
    </message>
    <message>
        <source>no FARGATE base plus FARGATE_SPOT weight (on-demand only or Spot only) on: %1</source>
        <translation>FARGATE 기본 용량과 FARGATE_SPOT 가중치가 함께 있지 않음(온디맨드만 또는 Spot만): %1</translation>
    </message>
    <message>
        <source>no check for the design fact &quot;%1&quot;</source>
        <translation>설계 사실 &quot;%1&quot;에 대한 검사 없음</translation>
    </message>
</context>
<context>
    <name>Stackyard::PracticeTitle</name>
    <message>
        <source>Ingress through a public (internet-facing) ALB in public subnets</source>
        <translation>퍼블릭 서브넷에 있는 퍼블릭(인터넷 경계) ALB를 통한 인그레스</translation>
    </message>
    <message>
        <source>Application tasks in private subnets</source>
        <translation>애플리케이션 태스크는 프라이빗 서브넷에</translation>
    </message>
    <message>
        <source>Aurora in its own private subnets</source>
        <translation>Aurora는 전용 프라이빗 서브넷에</translation>
    </message>
    <message>
        <source>Public ALB tier, private app tier, private DB tier, two or more AZs</source>
        <translation>퍼블릭 ALB 계층, 프라이빗 앱 계층, 프라이빗 DB 계층, 2개 이상의 가용 영역</translation>
    </message>
    <message>
        <source>Subscription filter -&gt; Lambda -&gt; SNS notifies of failures</source>
        <translation>구독 필터 -&gt; Lambda -&gt; SNS로 장애 알림</translation>
    </message>
    <message>
        <source>FireLens routes container logs; Fluent Bit preferred over Fluentd</source>
        <translation>FireLens로 컨테이너 로그 라우팅, Fluentd보다 Fluent Bit 권장</translation>
    </message>
    <message>
        <source>Fluent Bit writes to S3 and CloudWatch Logs at the same time</source>
        <translation>Fluent Bit가 S3와 CloudWatch Logs에 동시에 기록</translation>
    </message>
    <message>
        <source>Access logs to S3, only error logs to CloudWatch Logs</source>
        <translation>액세스 로그는 S3로, 오류 로그만 CloudWatch Logs로</translation>
    </message>
    <message>
        <source>CloudWatch metrics and Container Insights</source>
        <translation>CloudWatch 지표와 Container Insights</translation>
    </message>
    <message>
        <source>Container Insights cost grows with the number of tasks</source>
        <translation>Container Insights 비용은 태스크 수에 비례해 증가</translation>
    </message>
    <message>
        <source>X-Ray sidecar; private tasks need an xray endpoint or NAT</source>
        <translation>X-Ray 사이드카, 프라이빗 태스크에는 xray 엔드포인트나 NAT 필요</translation>
    </message>
    <message>
        <source>Tag ECR images per environment so lifecycle policies act per tag</source>
        <translation>수명 주기 정책이 태그별로 적용되도록 환경별로 ECR 이미지에 태그 지정</translation>
    </message>
    <message>
        <source>Name images &lt;environment&gt;_&lt;commit id&gt;</source>
        <translation>이미지 이름은 &lt;환경&gt;_&lt;커밋 ID&gt;</translation>
    </message>
    <message>
        <source>A bastion is an EC2 jump host that can record work done inside</source>
        <translation>배스천은 내부 작업을 기록할 수 있는 EC2 점프 호스트</translation>
    </message>
    <message>
        <source>Bastion in a private subnet, reached by Session Manager or an EIC endpoint</source>
        <translation>배스천은 프라이빗 서브넷에 두고 Session Manager나 EIC 엔드포인트로 접속</translation>
    </message>
    <message>
        <source>Shared responsibility model</source>
        <translation>공동 책임 모델</translation>
    </message>
    <message>
        <source>ECR image scanning on push</source>
        <translation>푸시 시 ECR 이미지 스캔</translation>
    </message>
    <message>
        <source>Trivy and Dockle scan images in CI</source>
        <translation>CI에서 Trivy와 Dockle로 이미지 스캔</translation>
    </message>
    <message>
        <source>Rescan images periodically (scheduled Lambda)</source>
        <translation>이미지 정기 재스캔(예약된 Lambda)</translation>
    </message>
    <message>
        <source>Trusted base images; Docker Content Trust in CI</source>
        <translation>신뢰할 수 있는 베이스 이미지, CI에서 Docker Content Trust 사용</translation>
    </message>
    <message>
        <source>GuardDuty for malware and threat detection</source>
        <translation>멀웨어 및 위협 탐지에 GuardDuty 사용</translation>
    </message>
    <message>
        <source>No plaintext secrets: Secrets Manager or SSM SecureString</source>
        <translation>평문 보안 암호 금지: Secrets Manager 또는 SSM SecureString 사용</translation>
    </message>
    <message>
        <source>ECR lifecycle policy and immutable tags</source>
        <translation>ECR 수명 주기 정책과 변경 불가능한 태그</translation>
    </message>
    <message>
        <source>Repository policy: only CI pushes, only ECS pulls</source>
        <translation>리포지토리 정책: 푸시는 CI만, 풀은 ECS만</translation>
    </message>
    <message>
        <source>Tasks use awsvpc network mode (one ENI per task)</source>
        <translation>태스크는 awsvpc 네트워크 모드 사용(태스크당 ENI 1개)</translation>
    </message>
    <message>
        <source>WAF on the public ALB; tasks accept traffic only from the ALB&apos;s security group</source>
        <translation>퍼블릭 ALB에 WAF 적용, 태스크는 ALB 보안 그룹의 트래픽만 허용</translation>
    </message>
    <message>
        <source>AWS Shield Standard is free</source>
        <translation>AWS Shield Standard는 무료</translation>
    </message>
    <message>
        <source>No public IP on tasks; NAT gateway in a public subnet</source>
        <translation>태스크에 퍼블릭 IP 없음, NAT 게이트웨이는 퍼블릭 서브넷에</translation>
    </message>
    <message>
        <source>VPC endpoints keep traffic off the public network</source>
        <translation>VPC 엔드포인트로 트래픽을 퍼블릭 네트워크 밖에 유지</translation>
    </message>
    <message>
        <source>NAT across AZs is usually cheaper than a full set of interface endpoints</source>
        <translation>가용 영역 간 NAT가 인터페이스 엔드포인트 전체 구성보다 대개 저렴</translation>
    </message>
    <message>
        <source>Failure, recovery, availability, automation</source>
        <translation>장애, 복구, 가용성, 자동화</translation>
    </message>
    <message>
        <source>Spread ECS tasks over multiple AZs</source>
        <translation>ECS 태스크를 여러 가용 영역에 분산</translation>
    </message>
    <message>
        <source>Alarm on RunningTaskCount</source>
        <translation>RunningTaskCount에 경보 설정</translation>
    </message>
    <message>
        <source>ALB health checks take failed tasks out of rotation</source>
        <translation>ALB 상태 확인으로 실패한 태스크를 트래픽 대상에서 제외</translation>
    </message>
    <message>
        <source>Handle SIGTERM: deregistration delay below the stop timeout</source>
        <translation>SIGTERM 처리: 등록 취소 지연을 중지 제한 시간보다 짧게</translation>
    </message>
    <message>
        <source>Maintenance page: fixed 503 listener rule at top priority</source>
        <translation>점검 페이지: 최우선 순위의 고정 503 리스너 규칙</translation>
    </message>
    <message>
        <source>Step scaling</source>
        <translation>단계 조정 스케일링</translation>
    </message>
    <message>
        <source>Target tracking scaling (recommended)</source>
        <translation>대상 추적 스케일링(권장)</translation>
    </message>
    <message>
        <source>Find the best cost/performance by load testing</source>
        <translation>부하 테스트로 최적의 비용 대비 성능 찾기</translation>
    </message>
    <message>
        <source>Small subnets run out of IPs under fast scale-out</source>
        <translation>작은 서브넷은 빠른 스케일 아웃 시 IP가 부족해짐</translation>
    </message>
    <message>
        <source>Capacity providers FARGATE and FARGATE_SPOT</source>
        <translation>용량 공급자 FARGATE와 FARGATE_SPOT</translation>
    </message>
    <message>
        <source>Base on FARGATE, weight on FARGATE_SPOT</source>
        <translation>기본(base)은 FARGATE에, 가중치(weight)는 FARGATE_SPOT에</translation>
    </message>
    <message>
        <source>Spot tasks get SIGTERM two minutes before stopping: keep an on-demand base</source>
        <translation>Spot 태스크는 중지 2분 전에 SIGTERM을 받으므로 온디맨드 기본 용량 유지</translation>
    </message>
</context>
<context>
    <name>Stackyard::Presentation</name>
    <message>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>발견 사항 없음</translation>
    </message>
    <message>
        <source>The design passes every check: every path it needs is open and it follows the practices Stackyard checks.</source>
        <translation>설계가 모든 검사를 통과했습니다. 필요한 경로가 모두 열려 있고, Stackyard가 검사하는 모범 사례를 따릅니다.</translation>
    </message>
    <message>
        <source>Finding %1 of %2</source>
        <translation>발견 사항 %1/%2</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <source>Request paths</source>
        <translation>요청 경로</translation>
    </message>
    <message>
        <source>No request path</source>
        <translation>요청 경로 없음</translation>
    </message>
    <message>
        <source>The design has no internet-facing load balancer and no service pulling images.</source>
        <translation>이 설계에는 인터넷 경계 로드 밸런서도, 이미지를 가져오는 서비스도 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more passing step(s)</source>
        <translation>
            <numerusform>… 외 통과한 단계 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Request path %1 of %2  ·  %3</source>
        <translation>요청 경로 %1/%2  ·  %3</translation>
    </message>
    <message>
        <source>every hop passes</source>
        <translation>모든 홉 통과</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>가정 분석</translation>
    </message>
    <message>
        <source>The design has none to remove.</source>
        <translation>이 설계에는 제거할 대상이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rule(s)</source>
        <translation>
            <numerusform>… 외 규칙 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing breaks: no new finding.</source>
        <translation>문제 없음: 새 발견 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Restored as designed.</source>
        <translation>설계대로 복원했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Breaks: %n new error(s)</source>
        <translation>
            <numerusform>새 오류 %n건 발생</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s)</source>
        <translation>
            <numerusform>새 발견 사항 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves %1 a month: %2 → %3</source>
        <translation>월 %1 절감: %2 → %3</translation>
    </message>
    <message>
        <source>Costs %1 more a month: %2 → %3</source>
        <translation>월 %1 증가: %2 → %3</translation>
    </message>
    <message>
        <source>What if: %1 (%2)</source>
        <translation>가정 분석: %1(%2)</translation>
    </message>
    <message>
        <source>Back: %1 undone</source>
        <translation>되돌림: %1 취소</translation>
    </message>
    <message>
        <source>What if  ·  undone when you leave</source>
        <translation>가정 분석  ·  종료하면 취소됨</translation>
    </message>
    <message>
        <source>What if: no NAT gateways</source>
        <translation>가정 분석: NAT 게이트웨이 없음</translation>
    </message>
    <message>
        <source>What if: no interface endpoints</source>
        <translation>가정 분석: 인터페이스 엔드포인트 없음</translation>
    </message>
    <message>
        <source>Cost heat map: %1 a month in %2 (prices as of %3)</source>
        <translation>비용 히트 맵: %2 리전 월 %1(%3 기준 가격)</translation>
    </message>
</context>
<context>
    <name>Stackyard::PriceOverridesDialog</name>
    <message>
        <source>list price</source>
        <translation>정가</translation>
    </message>
    <message>
        <source>Price Overrides — %1</source>
        <translation>사용자 지정 가격 — %1</translation>
    </message>
    <message>
        <source>Filter prices (key, unit, source)…</source>
        <translation>가격 필터(키, 단위, 출처)…</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>List price (USD)</source>
        <translation>정가(USD)</translation>
    </message>
    <message>
        <source>Your price (USD)</source>
        <translation>사용자 지정 가격(USD)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Only the prices this design uses</source>
        <translation>이 설계에서 사용하는 가격만</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>모두 초기화</translation>
    </message>
    <message>
        <source>Forget every override of this region and use the list prices again</source>
        <translation>이 리전의 사용자 지정 가격을 모두 지우고 다시 정가를 사용합니다</translation>
    </message>
    <message>
        <source>Not found in the sources: the estimate leaves it out unless you set a price</source>
        <translation>출처에 없음: 가격을 직접 지정하지 않으면 추정 비용에서 제외됩니다</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Use the list price of %1 again</source>
        <translation>%1의 정가를 다시 사용합니다</translation>
    </message>
    <message>
        <source>no list price</source>
        <translation>정가 없음</translation>
    </message>
    <message>
        <source>list price %1</source>
        <translation>정가 %1</translation>
    </message>
    <message>
        <source>Your price, used instead of the %1. Empty the cell or press Reset to go back.</source>
        <translation>%1 대신 쓰는 사용자 지정 가격입니다. 되돌리려면 셀을 비우거나 초기화를 누르세요.</translation>
    </message>
    <message>
        <source>Type a price to override the %1.</source>
        <translation>가격을 입력하면 %1 대신 사용합니다.</translation>
    </message>
    <message>
        <source>No price overrides</source>
        <translation>사용자 지정 가격 없음</translation>
    </message>
    <message>
        <source>1 price override</source>
        <translation>사용자 지정 가격 1개</translation>
    </message>
    <message>
        <source>%1 price overrides</source>
        <translation>사용자 지정 가격 %1개</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2. Double-click “Your price” to type your own unit price (USD); the estimate updates at once and marks every line it changes with ✎. Overrides are kept in this computer&apos;s settings and apply to every design priced in %2.</source>
        <translation>%2 리전: &lt;b&gt;%1&lt;/b&gt;. “사용자 지정 가격” 열을 두 번 클릭해 단가(USD)를 직접 입력하세요. 추정 비용이 바로 갱신되고, 바뀐 항목마다 ✎ 표시가 붙습니다. 사용자 지정 가격은 이 컴퓨터의 설정에 저장되며 %2 리전으로 가격을 산정하는 모든 설계에 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>Stackyard::PropertyDoc</name>
    <message>
        <source>Requests per month, for ALB LCU and WAF estimates.</source>
        <translation>월 요청 수로, ALB LCU와 WAF 비용 추정에 씁니다.</translation>
    </message>
    <message>
        <source>Primary IPv4 CIDR block (/16 to /28).</source>
        <translation>기본 IPv4 CIDR 블록(/16~/28)입니다.</translation>
    </message>
    <message>
        <source>Amazon DNS resolver; needed for private DNS of interface endpoints.</source>
        <translation>Amazon DNS 해석기로, 인터페이스 엔드포인트의 프라이빗 DNS에 필요합니다.</translation>
    </message>
    <message>
        <source>DNS hostnames; needed for private DNS of interface endpoints.</source>
        <translation>DNS 호스트 이름으로, 인터페이스 엔드포인트의 프라이빗 DNS에 필요합니다.</translation>
    </message>
    <message>
        <source>Availability Zone suffix (a, b, c…) or a full zone name.</source>
        <translation>가용 영역 접미사(a, b, c…) 또는 전체 영역 이름입니다.</translation>
    </message>
    <message>
        <source>IPv4 CIDR block inside the VPC (/16 to /28). AWS reserves 5 addresses.</source>
        <translation>VPC 안의 IPv4 CIDR 블록(/16~/28)입니다. AWS가 주소 5개를 예약합니다.</translation>
    </message>
    <message>
        <source>Give instances launched here a public IPv4 address.</source>
        <translation>여기서 시작하는 인스턴스에 퍼블릭 IPv4 주소를 할당합니다.</translation>
    </message>
    <message>
        <source>What the subnet is for; drives layout rows. Its tier (public/private/isolated) is derived from routes.</source>
        <translation>서브넷의 용도로, 배치의 행을 정합니다. 계층(퍼블릭/프라이빗/격리)은 라우팅에서 결정됩니다.</translation>
    </message>
    <message>
        <source>public: in a public subnet with an Elastic IP; private: no internet.</source>
        <translation>public: 탄력적 IP와 함께 퍼블릭 서브넷에 위치, private: 인터넷 연결 없음.</translation>
    </message>
    <message>
        <source>zonal (default) or regional (spans AZs, no public subnet needed).</source>
        <translation>zonal(기본값) 또는 regional(여러 가용 영역에 걸치며 퍼블릭 서브넷 불필요).</translation>
    </message>
    <message>
        <source>Allocate an Elastic IP (required for a public zonal NAT gateway).</source>
        <translation>탄력적 IP를 할당합니다(퍼블릭 영역 NAT 게이트웨이에 필수).</translation>
    </message>
    <message>
        <source>internet-facing (public subnets) or internal.</source>
        <translation>internet-facing(퍼블릭 서브넷) 또는 internal.</translation>
    </message>
    <message>
        <source>Idle timeout in seconds.</source>
        <translation>유휴 제한 시간(초)입니다.</translation>
    </message>
    <message>
        <source>Listeners: {port, protocol (HTTP|HTTPS), certificateArn, defaultTargetGroup, redirectToHttps, rules:[{priority, pathPattern, hostHeader, action (forward|fixed-response|redirect), targetGroup, statusCode, contentType, messageBody, maintenance}]}</source>
        <translation>리스너: {port, protocol (HTTP|HTTPS), certificateArn, defaultTargetGroup, redirectToHttps, rules:[{priority, pathPattern, hostHeader, action (forward|fixed-response|redirect), targetGroup, statusCode, contentType, messageBody, maintenance}]}</translation>
    </message>
    <message>
        <source>Target groups: {name, port, protocol, targetType (ip for Fargate), deregistrationDelay, healthCheck:{path, intervalSeconds, timeoutSeconds, healthyThreshold, unhealthyThreshold, matcher}}</source>
        <translation>대상 그룹: {name, port, protocol, targetType (Fargate는 ip), deregistrationDelay, healthCheck:{path, intervalSeconds, timeoutSeconds, healthyThreshold, unhealthyThreshold, matcher}}</translation>
    </message>
    <message>
        <source>Export a top-priority listener rule answering 503, switched by a template parameter (REL-6).</source>
        <translation>템플릿 파라미터로 켜고 끄는, 503을 응답하는 최우선 순위 리스너 규칙을 내보냅니다(REL-6).</translation>
    </message>
    <message>
        <source>S3 bucket for access logs.</source>
        <translation>액세스 로그용 S3 버킷입니다.</translation>
    </message>
    <message>
        <source>Average load balancer capacity units per hour, for cost.</source>
        <translation>시간당 평균 로드 밸런서 용량 단위(LCU)로, 비용 산정에 씁니다.</translation>
    </message>
    <message>
        <source>The ALB the web ACL protects (WAF attaches to ALB, API Gateway or CloudFront).</source>
        <translation>웹 ACL이 보호하는 ALB입니다(WAF는 ALB, API Gateway, CloudFront에 연결됩니다).</translation>
    </message>
    <message>
        <source>AWS managed rule groups.</source>
        <translation>AWS 관리형 규칙 그룹입니다.</translation>
    </message>
    <message>
        <source>Rules in the web ACL, for cost.</source>
        <translation>웹 ACL의 규칙 수로, 비용 산정에 씁니다.</translation>
    </message>
    <message>
        <source>Container Insights (MET-1); priced by task count (MET-2).</source>
        <translation>Container Insights(MET-1)이며, 태스크 수에 따라 요금이 매겨집니다(MET-2).</translation>
    </message>
    <message>
        <source>Capacity providers available to services (COST-1).</source>
        <translation>서비스가 쓸 수 있는 용량 공급자입니다(COST-1).</translation>
    </message>
    <message>
        <source>The ECS cluster.</source>
        <translation>ECS 클러스터입니다.</translation>
    </message>
    <message>
        <source>FARGATE; EC2 is imported but not designed.</source>
        <translation>FARGATE. EC2는 가져올 수는 있지만 설계 대상은 아닙니다.</translation>
    </message>
    <message>
        <source>Tasks normally running.</source>
        <translation>평상시 실행되는 태스크 수입니다.</translation>
    </message>
    <message>
        <source>Autoscaling minimum.</source>
        <translation>Auto Scaling 최솟값입니다.</translation>
    </message>
    <message>
        <source>Autoscaling maximum.</source>
        <translation>Auto Scaling 최댓값입니다.</translation>
    </message>
    <message>
        <source>Give tasks public IPs (not recommended, SEC-13).</source>
        <translation>태스크에 퍼블릭 IP를 할당합니다(권장하지 않음, SEC-13).</translation>
    </message>
    <message>
        <source>Task CPU units (256, 512, 1024, 2048, 4096, 8192, 16384).</source>
        <translation>태스크 CPU 단위(256, 512, 1024, 2048, 4096, 8192, 16384)입니다.</translation>
    </message>
    <message>
        <source>Task memory in MiB; must be a valid Fargate pair with cpu.</source>
        <translation>태스크 메모리(MiB)로, cpu와 유효한 Fargate 조합이어야 합니다.</translation>
    </message>
    <message>
        <source>X86_64 or ARM64 (Graviton, cheaper).</source>
        <translation>X86_64 또는 ARM64(Graviton, 더 저렴).</translation>
    </message>
    <message>
        <source>Ephemeral storage (20 GiB included, up to 200).</source>
        <translation>임시 스토리지(20GiB 포함, 최대 200GiB).</translation>
    </message>
    <message>
        <source>List of containers: {name, image, imageSource (ecr|public|other), essential, cpu, memory, portMappings:[{containerPort, protocol}], environment:{NAME: value}, secrets:{NAME: secret id or ARN}, stopTimeout, dependsOn:[name], role (app|log-router|xray|proxy)}</source>
        <translation>컨테이너 목록: {name, image, imageSource (ecr|public|other), essential, cpu, memory, portMappings:[{containerPort, protocol}], environment:{NAME: 값}, secrets:{NAME: 보안 암호 ID 또는 ARN}, stopTimeout, dependsOn:[name], role (app|log-router|xray|proxy)}</translation>
    </message>
    <message>
        <source>Log routing: awslogs, FireLens with Fluent Bit (default, LOG-2) or Fluentd.</source>
        <translation>로그 라우팅: awslogs, Fluent Bit를 쓰는 FireLens(기본값, LOG-2) 또는 Fluentd.</translation>
    </message>
    <message>
        <source>CloudWatch log group for awslogs or the error stream.</source>
        <translation>awslogs 또는 오류 스트림용 CloudWatch 로그 그룹입니다.</translation>
    </message>
    <message>
        <source>FireLens routing rules: {match (access|error|all), destination (cloudwatch|s3|firehose)} (LOG-3/4).</source>
        <translation>FireLens 라우팅 규칙: {match (access|error|all), destination (cloudwatch|s3|firehose)} (LOG-3/4).</translation>
    </message>
    <message>
        <source>S3 bucket for routed logs and the Fluent Bit configuration file.</source>
        <translation>라우팅된 로그와 Fluent Bit 구성 파일용 S3 버킷입니다.</translation>
    </message>
    <message>
        <source>Add the X-Ray daemon sidecar (MET-3).</source>
        <translation>X-Ray 데몬 사이드카를 추가합니다(MET-3).</translation>
    </message>
    <message>
        <source>{alb, targetGroup, containerName, containerPort}: where the ALB sends traffic.</source>
        <translation>{alb, targetGroup, containerName, containerPort}: ALB가 트래픽을 보내는 곳입니다.</translation>
    </message>
    <message>
        <source>[{capacityProvider (FARGATE|FARGATE_SPOT), base, weight}] (COST-1/2).</source>
        <translation>[{capacityProvider (FARGATE|FARGATE_SPOT), base, weight}] (COST-1/2).</translation>
    </message>
    <message>
        <source>{mode (target-tracking|step|none), cpuTarget, memoryTarget, requestsPerTarget, scaleOutCooldown, scaleInCooldown, steps:[{metric, threshold, adjustment}]} (PERF-1/2).</source>
        <translation>{mode (target-tracking|step|none), cpuTarget, memoryTarget, requestsPerTarget, scaleOutCooldown, scaleInCooldown, steps:[{metric, threshold, adjustment}]} (PERF-1/2).</translation>
    </message>
    <message>
        <source>Alarm on RunningTaskCount below desired, to the SNS topic (REL-3).</source>
        <translation>RunningTaskCount가 원하는 수보다 적으면 SNS 주제로 경보를 보냅니다(REL-3).</translation>
    </message>
    <message>
        <source>SNS topic for alarms.</source>
        <translation>경보용 SNS 주제입니다.</translation>
    </message>
    <message>
        <source>Seconds to ignore ALB health checks after a task starts.</source>
        <translation>태스크 시작 후 ALB 상태 확인을 무시하는 시간(초)입니다.</translation>
    </message>
    <message>
        <source>Which environment the service runs as.</source>
        <translation>서비스가 실행되는 환경입니다.</translation>
    </message>
    <message>
        <source>IMMUTABLE forbids overwriting tags (SEC-8).</source>
        <translation>IMMUTABLE은 태그 덮어쓰기를 금지합니다(SEC-8).</translation>
    </message>
    <message>
        <source>Scan images on push (SEC-2).</source>
        <translation>푸시 시 이미지를 스캔합니다(SEC-2).</translation>
    </message>
    <message>
        <source>Per environment tag prefix: keep the newest N images; untagged expire after days (CICD-1, SEC-8).</source>
        <translation>환경 태그 접두사마다 최신 이미지 N개를 보관하고, 태그 없는 이미지는 지정한 일수 후 만료합니다(CICD-1, SEC-8).</translation>
    </message>
    <message>
        <source>Stored image GB, for cost.</source>
        <translation>저장된 이미지 용량(GB)으로, 비용 산정에 씁니다.</translation>
    </message>
    <message>
        <source>Periodic rescan with EventBridge + Lambda (SEC-4).</source>
        <translation>EventBridge + Lambda로 정기 재스캔합니다(SEC-4).</translation>
    </message>
    <message>
        <source>Engine.</source>
        <translation>엔진입니다.</translation>
    </message>
    <message>
        <source>Engine version.</source>
        <translation>엔진 버전입니다.</translation>
    </message>
    <message>
        <source>provisioned instances or Serverless v2.</source>
        <translation>프로비저닝된 인스턴스 또는 Serverless v2입니다.</translation>
    </message>
    <message>
        <source>Instance class of provisioned instances.</source>
        <translation>프로비저닝된 인스턴스의 인스턴스 클래스입니다.</translation>
    </message>
    <message>
        <source>Writer plus readers.</source>
        <translation>라이터와 리더를 합한 수입니다.</translation>
    </message>
    <message>
        <source>Serverless v2 minimum ACUs (0–256, half steps).</source>
        <translation>Serverless v2 최소 ACU(0–256, 0.5 단위)입니다.</translation>
    </message>
    <message>
        <source>Serverless v2 maximum ACUs.</source>
        <translation>Serverless v2 최대 ACU입니다.</translation>
    </message>
    <message>
        <source>Average ACUs, for cost.</source>
        <translation>평균 ACU로, 비용 산정에 씁니다.</translation>
    </message>
    <message>
        <source>Encrypt storage at rest.</source>
        <translation>저장 시 스토리지를 암호화합니다.</translation>
    </message>
    <message>
        <source>Master password managed in Secrets Manager (SEC-7).</source>
        <translation>마스터 암호를 Secrets Manager에서 관리합니다(SEC-7).</translation>
    </message>
    <message>
        <source>Public endpoint (never for NET-3).</source>
        <translation>퍼블릭 엔드포인트입니다(NET-3에서는 사용 금지).</translation>
    </message>
    <message>
        <source>Database port.</source>
        <translation>데이터베이스 포트입니다.</translation>
    </message>
    <message>
        <source>Stored GB, for cost.</source>
        <translation>저장 용량(GB)으로, 비용 산정에 씁니다.</translation>
    </message>
    <message>
        <source>I/O requests per month, for cost (Standard storage).</source>
        <translation>월 I/O 요청 수로, 비용 산정에 씁니다(Standard 스토리지).</translation>
    </message>
    <message>
        <source>Automated backups kept.</source>
        <translation>자동 백업 보존 기간입니다.</translation>
    </message>
    <message>
        <source>Gateway (S3, DynamoDB; free) or Interface (per AZ-hour and GB).</source>
        <translation>Gateway(S3, DynamoDB, 무료) 또는 Interface(가용 영역·시간당 및 GB당 과금).</translation>
    </message>
    <message>
        <source>AWS service.</source>
        <translation>AWS 서비스입니다.</translation>
    </message>
    <message>
        <source>Private DNS for the service name (Interface).</source>
        <translation>서비스 이름에 대한 프라이빗 DNS입니다(Interface).</translation>
    </message>
    <message>
        <source>Route tables of a gateway endpoint.</source>
        <translation>게이트웨이 엔드포인트의 라우팅 테이블입니다.</translation>
    </message>
    <message>
        <source>EC2 instance type.</source>
        <translation>EC2 인스턴스 유형입니다.</translation>
    </message>
    <message>
        <source>Public IPv4 address.</source>
        <translation>퍼블릭 IPv4 주소입니다.</translation>
    </message>
    <message>
        <source>How people reach it: ssm (Session Manager), eic (EC2 Instance Connect Endpoint) or ssh.</source>
        <translation>접속 방법: ssm(Session Manager), eic(EC2 Instance Connect 엔드포인트) 또는 ssh.</translation>
    </message>
    <message>
        <source>Record what is done inside (BAS-1).</source>
        <translation>내부에서 한 작업을 기록합니다(BAS-1).</translation>
    </message>
    <message>
        <source>Preserve the client IP.</source>
        <translation>클라이언트 IP를 보존합니다.</translation>
    </message>
    <message>
        <source>Days logs are kept.</source>
        <translation>로그 보존 일수입니다.</translation>
    </message>
    <message>
        <source>GB ingested per month; -1 = from tasks and the design&apos;s assumption.</source>
        <translation>월 수집량(GB)입니다. -1이면 태스크와 설계의 가정에서 계산합니다.</translation>
    </message>
    <message>
        <source>Log group filtered.</source>
        <translation>필터링할 로그 그룹입니다.</translation>
    </message>
    <message>
        <source>Lines that match are sent on (LOG-1).</source>
        <translation>일치하는 줄을 전달합니다(LOG-1).</translation>
    </message>
    <message>
        <source>Lambda function receiving the lines.</source>
        <translation>로그 줄을 받는 Lambda 함수입니다.</translation>
    </message>
    <message>
        <source>Metric name.</source>
        <translation>지표 이름입니다.</translation>
    </message>
    <message>
        <source>Metric namespace.</source>
        <translation>지표 네임스페이스입니다.</translation>
    </message>
    <message>
        <source>The resource watched.</source>
        <translation>감시할 리소스입니다.</translation>
    </message>
    <message>
        <source>Threshold.</source>
        <translation>임곗값입니다.</translation>
    </message>
    <message>
        <source>Comparison.</source>
        <translation>비교 연산자입니다.</translation>
    </message>
    <message>
        <source>SNS topic notified.</source>
        <translation>알림을 받을 SNS 주제입니다.</translation>
    </message>
    <message>
        <source>Runtime.</source>
        <translation>런타임입니다.</translation>
    </message>
    <message>
        <source>Memory in MB.</source>
        <translation>메모리(MB)입니다.</translation>
    </message>
    <message>
        <source>What it does.</source>
        <translation>하는 일입니다.</translation>
    </message>
    <message>
        <source>SNS topic it publishes to.</source>
        <translation>게시할 SNS 주제입니다.</translation>
    </message>
    <message>
        <source>Subscriber e-mail address.</source>
        <translation>구독자 이메일 주소입니다.</translation>
    </message>
    <message>
        <source>Versioning.</source>
        <translation>버전 관리입니다.</translation>
    </message>
    <message>
        <source>Default encryption.</source>
        <translation>기본 암호화입니다.</translation>
    </message>
    <message>
        <source>What the secret holds.</source>
        <translation>보안 암호에 담긴 내용입니다.</translation>
    </message>
    <message>
        <source>Automatic rotation.</source>
        <translation>자동 교체입니다.</translation>
    </message>
    <message>
        <source>String is not encrypted; use SecureString for secrets (SEC-7).</source>
        <translation>String은 암호화되지 않습니다. 보안 암호에는 SecureString을 쓰세요(SEC-7).</translation>
    </message>
    <message>
        <source>Value (not for secrets).</source>
        <translation>값입니다(보안 암호에는 사용 금지).</translation>
    </message>
    <message>
        <source>Where records go (LOG-3).</source>
        <translation>레코드를 보낼 곳입니다(LOG-3).</translation>
    </message>
    <message>
        <source>Destination bucket.</source>
        <translation>대상 버킷입니다.</translation>
    </message>
    <message>
        <source>Schedule expression.</source>
        <translation>일정 표현식입니다.</translation>
    </message>
    <message>
        <source>Target (a Lambda function).</source>
        <translation>대상(Lambda 함수)입니다.</translation>
    </message>
    <message>
        <source>ECR repository it pushes to.</source>
        <translation>푸시할 ECR 리포지토리입니다.</translation>
    </message>
    <message>
        <source>Scan image and dependencies with Trivy before push (SEC-3).</source>
        <translation>푸시 전에 Trivy로 이미지와 종속성을 스캔합니다(SEC-3).</translation>
    </message>
    <message>
        <source>Check image configuration with Dockle (SEC-3).</source>
        <translation>Dockle로 이미지 구성을 점검합니다(SEC-3).</translation>
    </message>
    <message>
        <source>Enable Docker Content Trust (SEC-5).</source>
        <translation>Docker Content Trust를 사용합니다(SEC-5).</translation>
    </message>
</context>
<context>
    <name>Stackyard::RecentFiles</name>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1이(가) 더 이상 없습니다</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>목록 지우기</translation>
    </message>
</context>
<context>
    <name>Stackyard::RecordTable</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>An ECR repository id, or a full image reference</source>
        <translation>ECR 리포지토리 ID 또는 전체 이미지 참조</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>이미지 출처</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>CPU units</source>
        <translation>CPU 단위</translation>
    </message>
    <message>
        <source>Reserved CPU units of the task&apos;s share (1024 = 1 vCPU)</source>
        <translation>태스크 몫에서 예약한 CPU 단위(1024 = vCPU 1개)</translation>
    </message>
    <message>
        <source>Memory MiB</source>
        <translation>메모리(MiB)</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Container ports, e.g. 8080/tcp, 9090/udp</source>
        <translation>컨테이너 포트(예: 8080/tcp, 9090/udp)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Certificate ARN</source>
        <translation>인증서 ARN</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>대상 그룹</translation>
    </message>
    <message>
        <source>A name from the target groups list</source>
        <translation>대상 그룹 목록에 있는 이름</translation>
    </message>
    <message>
        <source>Redirect to HTTPS</source>
        <translation>HTTPS로 리디렉션</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>대상 유형</translation>
    </message>
    <message>
        <source>Deregistration s</source>
        <translation>등록 취소 지연(초)</translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation>상태 확인 경로</translation>
    </message>
    <message>
        <source>Matcher</source>
        <translation>성공 코드</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Append a row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>선택한 행 제거</translation>
    </message>
    <message>
        <source>Write ports as 8080/tcp, 9090/udp</source>
        <translation>포트는 8080/tcp, 9090/udp 형식으로 입력하세요</translation>
    </message>
</context>
<context>
    <name>Stackyard::RefEditor</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>Stackyard::RefsEditor</name>
    <message>
        <source>No %1 in the design</source>
        <translation>설계에 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>Stackyard::Report</name>
    <message>
        <source>met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>미충족</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>검사 안 함</translation>
    </message>
    <message>
        <source>Architecture review</source>
        <translation>아키텍처 검토</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>제목 없는 설계</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>흐름</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>Route tables</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 info</source>
        <translation>오류 %1건, 경고 %2건, 정보 %3건</translation>
    </message>
    <message>
        <source>Monthly estimate</source>
        <translation>월 예상 비용</translation>
    </message>
    <message>
        <source>%1 (list prices of %2 as of %3)</source>
        <translation>%1 (%2 정가, %3 기준)</translation>
    </message>
    <message>
        <source>Contents: diagram; findings by pillar; practice checklist; cost breakdown; shared responsibility. Generated by Stackyard.</source>
        <translation>목차: 다이어그램, 원칙별 발견 사항, 모범 사례 체크리스트, 비용 내역, 공동 책임. Stackyard로 생성했습니다.</translation>
    </message>
    <message>
        <source>Findings by pillar</source>
        <translation>원칙별 발견 사항</translation>
    </message>
    <message>
        <source>Each pillar starts at 100 and loses 25 per error, 10 per warning and 2 per info (at least 0), as in the editor&apos;s findings panel.</source>
        <translation>각 원칙은 100점에서 시작해 오류당 25점, 경고당 10점, 정보당 2점씩 감점됩니다(최저 0점). 편집기의 발견 사항 패널과 같은 기준입니다.</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>원칙</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>%1 — score %2/100</source>
        <translation>%1 — 점수 %2/100</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>대상: %1</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>중요한 이유:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>해결 방법:</translation>
    </message>
    <message>
        <source>(one-click fix in the editor)</source>
        <translation>(편집기에서 원클릭 수정 가능)</translation>
    </message>
    <message>
        <source>No findings in this pillar.</source>
        <translation>이 원칙에는 발견 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Practice checklist</source>
        <translation>모범 사례 체크리스트</translation>
    </message>
    <message>
        <source>Every practice of the product&apos;s practice list (PRACTICES.md): &lt;b&gt;met&lt;/b&gt; only with evidence (rules that ran on the design without findings, or a design setting that holds), &lt;b&gt;not met&lt;/b&gt; with the finding or setting that says so, &lt;b&gt;not applicable&lt;/b&gt; when the design has nothing the practice speaks about, &lt;b&gt;not checked&lt;/b&gt; when no automatic check exists.</source>
        <translation>제품의 모범 사례 목록(PRACTICES.md)에 있는 모든 항목입니다. &lt;b&gt;충족&lt;/b&gt;은 근거가 있을 때만 표시합니다(설계에 대해 실행한 규칙에서 발견 사항이 없거나, 해당 설계 설정이 성립하는 경우). &lt;b&gt;미충족&lt;/b&gt;은 그렇게 판단한 발견 사항이나 설정을 함께 적고, &lt;b&gt;해당 없음&lt;/b&gt;은 설계에 그 모범 사례가 다루는 대상이 없을 때, &lt;b&gt;검사 안 함&lt;/b&gt;은 자동 검사가 없을 때 표시합니다.</translation>
    </message>
    <message>
        <source>%1 met, %2 not met, %3 not applicable, %4 not checked.</source>
        <translation>충족 %1, 미충족 %2, 해당 없음 %3, 검사 안 함 %4.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>모범 사례</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>비용 내역</translation>
    </message>
    <message>
        <source>No estimate: %1</source>
        <translation>견적 없음: %1</translation>
    </message>
    <message>
        <source>Monthly total: &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>월 합계: &lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Region &lt;b&gt;%1&lt;/b&gt;; list prices as of &lt;b&gt;%2&lt;/b&gt;; a month is %3 hours. Taxes, support plans, free tiers and savings plans are not included.</source>
        <translation>리전 &lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%2&lt;/b&gt; 기준 정가, 한 달은 %3시간으로 계산합니다. 세금, Support 플랜, 프리 티어, Savings Plans는 포함하지 않습니다.</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>서비스별</translation>
    </message>
    <message>
        <source>By resource</source>
        <translation>리소스별</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>항목별 내역</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용 유형</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>월 비용</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>(your price)</source>
        <translation>(사용자 지정 가격)</translation>
    </message>
    <message>
        <source>Not priced</source>
        <translation>가격 없음</translation>
    </message>
    <message>
        <source>The region&apos;s price table has no sourced price for these; they are not in the total.</source>
        <translation>이 리전의 가격표에 출처가 확인된 가격이 없는 항목이며, 합계에 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>Assumptions (usage)</source>
        <translation>가정(사용량)</translation>
    </message>
    <message>
        <source>What the bill depends on but the design does not say. Defaults are assumptions, not AWS facts; the design can set each one.</source>
        <translation>청구액에 영향을 주지만 설계에는 나타나지 않는 값입니다. 기본값은 AWS가 정한 사실이 아니라 가정이며, 설계에서 각각 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>this design</source>
        <translation>이 설계</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Per-resource assumptions: %1</source>
        <translation>리소스별 가정: %1</translation>
    </message>
    <message>
        <source>Shared responsibility (SEC-1)</source>
        <translation>공동 책임 모델(SEC-1)</translation>
    </message>
    <message>
        <source>Under the AWS shared responsibility model, AWS secures the cloud itself (facilities, hardware, the Fargate and Aurora hosts, the network AWS runs) and the customer secures what they build in it: network layout, security groups, encryption settings, secrets, images, access policies, logging and alarms.</source>
        <translation>AWS 공동 책임 모델에서 AWS는 클라우드 자체(시설, 하드웨어, Fargate 및 Aurora 호스트, AWS가 운영하는 네트워크)의 보안을 책임지고, 고객은 그 안에 구축한 것의 보안을 책임집니다: 네트워크 구성, 보안 그룹, 암호화 설정, 보안 암호, 이미지, 액세스 정책, 로깅과 경보.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every finding in this report (%1) is on the customer&apos;s side&lt;/b&gt;: each concerns a choice made in this design, so each is the customer&apos;s to fix. None of them asks anything of AWS.</source>
        <translation>&lt;b&gt;이 보고서의 모든 발견 사항(%1건)은 고객 측 책임입니다&lt;/b&gt;: 모두 이 설계에서 내린 선택에 관한 것이므로 고객이 해결해야 하며, AWS에 요구하는 사항은 없습니다.</translation>
    </message>
    <message>
        <source>Architecture review: %1</source>
        <translation>아키텍처 검토: %1</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>다이어그램</translation>
    </message>
    <message>
        <source>Monthly cost by service</source>
        <translation>서비스별 월 비용</translation>
    </message>
    <message>
        <source>Monthly cost by resource</source>
        <translation>리소스별 월 비용</translation>
    </message>
</context>
<context>
    <name>Stackyard::ReportCharts</name>
    <message>
        <source>per month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>No priced items.</source>
        <translation>가격이 매겨진 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n other resources</source>
        <translation>
            <numerusform>기타 리소스 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackyard::RequestPaths</name>
    <message>
        <source>Internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>(no way out)</source>
        <translation>(나갈 경로 없음)</translation>
    </message>
    <message>
        <source>through %1 and %2</source>
        <translation>%1 및 %2 경유</translation>
    </message>
    <message>
        <source>through the endpoints %1</source>
        <translation>엔드포인트 %1 경유</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>%1 경유</translation>
    </message>
    <message>
        <source>%1 tasks → ECR image pull %2</source>
        <translation>%1 태스크 → ECR 이미지 가져오기 %2</translation>
    </message>
</context>
<context>
    <name>Stackyard::ResourcePanel</name>
    <message>
        <source>The display name (F2 renames on the canvas)</source>
        <translation>표시 이름(캔버스에서 F2로 이름 변경)</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · ID %2</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>라우팅</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>The subnets (one per Availability Zone) this resource is placed in</source>
        <translation>이 리소스가 배치된 서브넷(가용 영역마다 하나)</translation>
    </message>
    <message numerus="yes">
        <source>Place %1 in %n subnet(s)</source>
        <translation>
            <numerusform>%1을(를) 서브넷 %n개에 배치</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stackyard::RouteTableEditor</name>
    <message>
        <source>The route table this subnet is associated with</source>
        <translation>이 서브넷에 연결된 라우팅 테이블</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>대상 주소</translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation>대상 종류</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>라우팅 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Append a default route (0.0.0.0/0)</source>
        <translation>기본 라우팅(0.0.0.0/0) 추가</translation>
    </message>
    <message>
        <source>Remove the selected route</source>
        <translation>선택한 라우팅 제거</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>계층</translation>
    </message>
    <message>
        <source> (main)</source>
        <translation> (기본)</translation>
    </message>
    <message>
        <source>, through the main route table</source>
        <translation>, 기본 라우팅 테이블 경유</translation>
    </message>
    <message>
        <source>Edit routes of %1</source>
        <translation>%1의 라우팅 편집</translation>
    </message>
    <message>
        <source>Associate %1 with %2</source>
        <translation>%1을(를) %2에 연결</translation>
    </message>
</context>
<context>
    <name>Stackyard::RuleTitle</name>
    <message>
        <source>Clients reach every listener of an internet-facing ALB</source>
        <translation>클라이언트가 인터넷 경계 ALB의 모든 리스너에 도달 가능</translation>
    </message>
    <message>
        <source>An internet-facing ALB sits in public subnets of a VPC with an internet gateway</source>
        <translation>인터넷 경계 ALB는 인터넷 게이트웨이가 있는 VPC의 퍼블릭 서브넷에 위치</translation>
    </message>
    <message>
        <source>The ALB reaches its targets on the target port and the health-check port</source>
        <translation>ALB가 대상 포트와 상태 확인 포트로 대상에 도달 가능</translation>
    </message>
    <message>
        <source>An ALB spans at least two Availability Zones</source>
        <translation>ALB는 2개 이상의 가용 영역에 걸쳐 있음</translation>
    </message>
    <message>
        <source>Aurora storage is encrypted at rest</source>
        <translation>Aurora 스토리지는 저장 시 암호화됨</translation>
    </message>
    <message>
        <source>Aurora is not publicly accessible and sits in private subnets</source>
        <translation>Aurora는 퍼블릭 액세스가 불가능하며 프라이빗 서브넷에 위치</translation>
    </message>
    <message>
        <source>An Aurora DB subnet group covers at least two Availability Zones</source>
        <translation>Aurora DB 서브넷 그룹은 2개 이상의 가용 영역을 포함</translation>
    </message>
    <message>
        <source>Bastions sit in private subnets, reached by Session Manager or an EC2 Instance Connect Endpoint</source>
        <translation>배스천은 프라이빗 서브넷에 두고 Session Manager나 EC2 Instance Connect 엔드포인트로 접속</translation>
    </message>
    <message>
        <source>VPC and subnet CIDR blocks are valid, canonical and /16 to /28</source>
        <translation>VPC와 서브넷 CIDR 블록은 올바르고 정규화된 형식이며 /16~/28 범위</translation>
    </message>
    <message>
        <source>Every reference names an existing object</source>
        <translation>모든 참조는 존재하는 객체를 가리킴</translation>
    </message>
    <message>
        <source>Tasks stop gracefully: deregistration delay below the stop timeout, stop timeout within Fargate&apos;s cap</source>
        <translation>태스크의 정상 종료: 등록 취소 지연은 중지 제한 시간보다 짧고, 중지 제한 시간은 Fargate 상한 이내</translation>
    </message>
    <message>
        <source>ECR repositories forbid tag overwrites and expire old images</source>
        <translation>ECR 리포지토리는 태그 덮어쓰기를 금지하고 오래된 이미지를 만료</translation>
    </message>
    <message>
        <source>ECR repositories scan images on push</source>
        <translation>ECR 리포지토리는 푸시 시 이미지를 스캔</translation>
    </message>
    <message>
        <source>Production services have an error alert path (log group -&gt; subscription filter -&gt; Lambda -&gt; SNS)</source>
        <translation>프로덕션 서비스에는 오류 알림 경로가 있음(로그 그룹 -&gt; 구독 필터 -&gt; Lambda -&gt; SNS)</translation>
    </message>
    <message>
        <source>Fargate task CPU and memory form a valid pair</source>
        <translation>Fargate 태스크의 CPU와 메모리는 유효한 조합</translation>
    </message>
    <message>
        <source>Every drawn flow (and referenced database) can get through</source>
        <translation>그려진 모든 흐름(및 참조된 데이터베이스)이 통과 가능</translation>
    </message>
    <message>
        <source>Target groups have a safe, valid health check</source>
        <translation>대상 그룹에 안전하고 올바른 상태 확인이 있음</translation>
    </message>
    <message>
        <source>Tasks can pull their images (ECR API + DKR + S3 layers, or the internet for public images)</source>
        <translation>태스크가 이미지를 풀할 수 있음(ECR API + DKR + S3 레이어, 퍼블릭 이미지는 인터넷)</translation>
    </message>
    <message>
        <source>Nothing on the internet reaches tasks or Aurora directly</source>
        <translation>인터넷에서 태스크나 Aurora로 직접 도달할 수 없음</translation>
    </message>
    <message>
        <source>Tasks can deliver their logs (CloudWatch Logs, S3, Firehose)</source>
        <translation>태스크가 로그를 전달할 수 있음(CloudWatch Logs, S3, Firehose)</translation>
    </message>
    <message>
        <source>Private subnets use the NAT gateway of their own zone</source>
        <translation>프라이빗 서브넷은 같은 가용 영역의 NAT 게이트웨이를 사용</translation>
    </message>
    <message>
        <source>A public zonal NAT gateway sits in a public subnet with an Elastic IP</source>
        <translation>퍼블릭 영역 NAT 게이트웨이는 탄력적 IP와 함께 퍼블릭 서브넷에 위치</translation>
    </message>
    <message>
        <source>No secrets in plaintext</source>
        <translation>평문 보안 암호 없음</translation>
    </message>
    <message>
        <source>Ports are within their allowed ranges</source>
        <translation>포트가 허용 범위 안에 있음</translation>
    </message>
    <message>
        <source>Tasks can read their secrets (Secrets Manager / SSM)</source>
        <translation>태스크가 보안 암호를 읽을 수 있음(Secrets Manager / SSM)</translation>
    </message>
    <message>
        <source>An ECS service spreads its tasks over two or more zones</source>
        <translation>ECS 서비스는 태스크를 2개 이상의 가용 영역에 분산</translation>
    </message>
    <message>
        <source>Application tasks run in private subnets</source>
        <translation>애플리케이션 태스크는 프라이빗 서브넷에서 실행</translation>
    </message>
    <message>
        <source>Tasks do not get public IP addresses</source>
        <translation>태스크에 퍼블릭 IP 주소를 할당하지 않음</translation>
    </message>
    <message>
        <source>Tasks admit only the ALB&apos;s security group (and drawn flows); Aurora only its clients</source>
        <translation>태스크는 ALB 보안 그룹(과 그려진 흐름)만 허용하고, Aurora는 자신의 클라이언트만 허용</translation>
    </message>
    <message>
        <source>A production service keeps an on-demand base beside Fargate Spot</source>
        <translation>프로덕션 서비스는 Fargate Spot과 함께 온디맨드 기본 용량을 유지</translation>
    </message>
    <message>
        <source>Subnets hold the tasks at maximum scale plus ALB, endpoint and NAT interfaces</source>
        <translation>서브넷은 최대 규모의 태스크와 ALB, 엔드포인트, NAT 인터페이스를 모두 수용</translation>
    </message>
    <message>
        <source>A subnet&apos;s CIDR lies inside its VPC&apos;s CIDR</source>
        <translation>서브넷 CIDR은 VPC CIDR 안에 있음</translation>
    </message>
    <message>
        <source>Subnet CIDRs of a VPC do not overlap</source>
        <translation>VPC의 서브넷 CIDR은 서로 겹치지 않음</translation>
    </message>
    <message>
        <source>Target groups of Fargate services use target type ip and exist on their ALB</source>
        <translation>Fargate 서비스의 대상 그룹은 대상 유형 ip를 사용하며 해당 ALB에 존재</translation>
    </message>
    <message>
        <source>Tasks with X-Ray reach the X-Ray service (NAT or endpoint)</source>
        <translation>X-Ray를 쓰는 태스크가 X-Ray 서비스에 도달 가능(NAT 또는 엔드포인트)</translation>
    </message>
    <message>
        <source>Container images come from ECR or a trusted public registry</source>
        <translation>컨테이너 이미지는 ECR이나 신뢰할 수 있는 퍼블릭 레지스트리에서 가져옴</translation>
    </message>
    <message>
        <source>A WAF web ACL protects an Application Load Balancer</source>
        <translation>WAF 웹 ACL이 Application Load Balancer를 보호</translation>
    </message>
</context>
<context>
    <name>Stackyard::RuleWhy</name>
    <message>
        <source>NET-1: ingress goes through a public ALB. A listener its own security group does not admit serves nobody; AWS only says so after deployment, when clients time out (aws-facts.md §3 &quot;ALB security group&quot;).</source>
        <translation>NET-1: 인그레스는 퍼블릭 ALB를 거칩니다. 자신의 보안 그룹이 허용하지 않는 리스너는 아무 요청도 처리하지 못하며, AWS는 배포 후 클라이언트 요청이 시간 초과될 때에야 이를 드러냅니다(aws-facts.md §3 &quot;ALB security group&quot;).</translation>
    </message>
    <message>
        <source>NET-1: the public ALB lives in public subnets. AWS: &quot;You must specify public subnets ... A public subnet has a route to the Internet Gateway&quot;; nodes in private subnets cannot be reached (aws-facts.md §3 &quot;Internet-facing needs public subnets&quot;).</source>
        <translation>NET-1: 퍼블릭 ALB는 퍼블릭 서브넷에 둡니다. AWS 문서: &quot;You must specify public subnets ... A public subnet has a route to the Internet Gateway&quot;. 프라이빗 서브넷에 있는 노드에는 도달할 수 없습니다(aws-facts.md §3 &quot;Internet-facing needs public subnets&quot;).</translation>
    </message>
    <message>
        <source>SEC-11: tasks accept traffic only from the ALB&apos;s security group, so that rule has to exist and match the port. The ALB security group must allow outbound to targets on the target and health-check ports (aws-facts.md §3 &quot;ALB security group&quot;); otherwise every target is unhealthy and clients get 502/503.</source>
        <translation>SEC-11: 태스크는 ALB 보안 그룹의 트래픽만 허용하므로, 그 규칙이 있어야 하고 포트도 맞아야 합니다. ALB 보안 그룹은 대상 포트와 상태 확인 포트로 대상에 나가는 아웃바운드를 허용해야 합니다(aws-facts.md §3 &quot;ALB security group&quot;). 그렇지 않으면 모든 대상이 비정상으로 판정되고 클라이언트는 502/503을 받습니다.</translation>
    </message>
    <message>
        <source>NET-1: the public ALB spans two or more zones. CloudFormation and the ELB API reject an ALB with subnets from fewer than two zones (aws-facts.md §3 &quot;Subnets, AZ count&quot;); the exceptions (Outposts, Local Zones) are not modelled.</source>
        <translation>NET-1: 퍼블릭 ALB는 2개 이상의 가용 영역에 걸칩니다. CloudFormation과 ELB API는 서브넷이 2개 미만의 가용 영역에 있는 ALB를 거부합니다(aws-facts.md §3 &quot;Subnets, AZ count&quot;). 예외(Outposts, Local Zones)는 모델링하지 않습니다.</translation>
    </message>
    <message>
        <source>NET-3 keeps the data tier private; encryption at rest protects the same data in snapshots and storage. `StorageEncrypted` defaults to false in CloudFormation and cannot be changed after creation (aws-facts.md §6 &quot;StorageEncrypted&quot;).</source>
        <translation>NET-3은 데이터 계층을 프라이빗으로 유지하고, 저장 시 암호화는 스냅샷과 스토리지에 있는 같은 데이터를 보호합니다. CloudFormation에서 `StorageEncrypted`의 기본값은 false이며 생성 후에는 바꿀 수 없습니다(aws-facts.md §6 &quot;StorageEncrypted&quot;).</translation>
    </message>
    <message>
        <source>NET-3: Aurora in its own private subnets, not publicly accessible, no route from the internet. A publicly accessible cluster&apos;s endpoint resolves to a public address (aws-facts.md §6). When the internet can actually reach it, `internet-exposure` reports an error as well.</source>
        <translation>NET-3: Aurora는 전용 프라이빗 서브넷에 두고, 퍼블릭 액세스를 허용하지 않으며, 인터넷에서 오는 라우팅이 없어야 합니다. 퍼블릭 액세스가 가능한 클러스터의 엔드포인트는 퍼블릭 주소로 확인됩니다(aws-facts.md §6). 인터넷에서 실제로 도달할 수 있으면 `internet-exposure`도 오류를 보고합니다.</translation>
    </message>
    <message>
        <source>NET-3 and RDS itself: a DB subnet group must cover at least two AZs, or creating it fails (aws-facts.md §6 &quot;DB subnet group&quot;).</source>
        <translation>NET-3과 RDS 자체의 제약: DB 서브넷 그룹은 2개 이상의 가용 영역을 포함해야 하며, 그렇지 않으면 생성에 실패합니다(aws-facts.md §6 &quot;DB subnet group&quot;).</translation>
    </message>
    <message>
        <source>BAS-2: a public bastion is exposed to scans and brute force; put it in a private subnet and reach it with Session Manager or an EC2 Instance Connect Endpoint (which needs no public IP and no internet gateway, aws-facts.md §10).</source>
        <translation>BAS-2: 퍼블릭 배스천은 스캔과 무차별 대입 공격에 노출됩니다. 프라이빗 서브넷에 두고 Session Manager나 EC2 Instance Connect 엔드포인트로 접속하세요(퍼블릭 IP와 인터넷 게이트웨이가 필요 없습니다, aws-facts.md §10).</translation>
    </message>
    <message>
        <source>AWS constraint (aws-facts.md §1 &quot;VPC primary IPv4 CIDR size&quot;, &quot;Subnet IPv4 CIDR size&quot;, &quot;Canonical form&quot;): CreateVpc and CreateSubnet reject other sizes.</source>
        <translation>AWS 제약(aws-facts.md §1 &quot;VPC primary IPv4 CIDR size&quot;, &quot;Subnet IPv4 CIDR size&quot;, &quot;Canonical form&quot;): CreateVpc와 CreateSubnet은 그 밖의 크기를 거부합니다.</translation>
    </message>
    <message>
        <source>AWS constraint: CloudFormation fails on a `Ref` to a missing resource. The file loader refuses such files; this rule speaks for designs being edited or imported.</source>
        <translation>AWS 제약: CloudFormation은 존재하지 않는 리소스를 가리키는 `Ref`에서 실패합니다. 파일 로더는 그런 파일을 거부하며, 이 규칙은 편집 중이거나 가져온 설계를 대상으로 합니다.</translation>
    </message>
    <message>
        <source>REL-5: Fargate stops tasks with SIGTERM and then SIGKILL after `stopTimeout` (max 120 s, default 30 s). AWS recommends stopTimeout &gt; deregistration delay &gt; client timeouts; the 300 s default delay breaks that, cutting off in-flight requests (aws-facts.md §4 &quot;Timeouts ordering&quot;).</source>
        <translation>REL-5: Fargate는 SIGTERM으로 태스크를 중지하고 `stopTimeout`(최대 120초, 기본 30초) 후 SIGKILL을 보냅니다. AWS는 stopTimeout &gt; 등록 취소 지연 &gt; 클라이언트 제한 시간을 권장합니다. 기본 지연 300초는 이 순서를 깨뜨려 처리 중인 요청이 끊깁니다(aws-facts.md §4 &quot;Timeouts ordering&quot;).</translation>
    </message>
    <message>
        <source>SEC-8: lifecycle policy for old images and immutable tags, so a tag always names the image that was scanned and deployed (aws-facts.md §5 &quot;Tag mutability&quot;, &quot;Lifecycle policy&quot;).</source>
        <translation>SEC-8: 오래된 이미지에 대한 수명 주기 정책과 변경 불가능한 태그를 사용해, 태그가 항상 스캔되고 배포된 바로 그 이미지를 가리키게 합니다(aws-facts.md §5 &quot;Tag mutability&quot;, &quot;Lifecycle policy&quot;).</translation>
    </message>
    <message>
        <source>SEC-2: scan images on push (and manually). Note (aws-facts.md §0): repository-level scanOnPush is deprecated in favour of registry-level scanning configuration; the exported template sets both.</source>
        <translation>SEC-2: 푸시 시(그리고 수동으로) 이미지를 스캔합니다. 참고(aws-facts.md §0): 리포지토리 수준의 scanOnPush는 레지스트리 수준 스캔 구성으로 대체되어 더 이상 권장되지 않으며, 내보낸 템플릿은 둘 다 설정합니다.</translation>
    </message>
    <message>
        <source>LOG-1: a CloudWatch Logs subscription filter extracts lines matching a pattern and a Lambda function notifies through SNS; without it failures are found by users first.</source>
        <translation>LOG-1: CloudWatch Logs 구독 필터가 패턴에 맞는 줄을 추출하고 Lambda 함수가 SNS로 알립니다. 이것이 없으면 장애를 사용자가 먼저 발견합니다.</translation>
    </message>
    <message>
        <source>AWS constraint (aws-facts.md §4 &quot;Task CPU/memory&quot;): 256 → 512/1024/2048 MiB; 512 → 1024–4096; 1024 → 2048–8192; 2048 → 4096–16384; 4096 → 8192–30720 (steps of 1024); 8192 → 16384–61440 (steps of 4096); 16384 → 32768–122880 (steps of 8192). RegisterTaskDefinition rejects any other pair.</source>
        <translation>AWS 제약(aws-facts.md §4 &quot;Task CPU/memory&quot;): 256 → 512/1024/2048 MiB, 512 → 1024–4096, 1024 → 2048–8192, 2048 → 4096–16384, 4096 → 8192–30720(1024 단위), 8192 → 16384–61440(4096 단위), 16384 → 32768–122880(8192 단위). RegisterTaskDefinition은 그 밖의 조합을 거부합니다.</translation>
    </message>
    <message>
        <source>AWS constraint: a flow the architect drew is traffic the design needs; a blocked one fails at run time with timeouts. Security groups are allow-only and stateful (aws-facts.md §8).</source>
        <translation>AWS 제약: 아키텍트가 그린 흐름은 설계에 필요한 트래픽이며, 차단된 흐름은 실행 시 시간 초과로 실패합니다. 보안 그룹은 허용 규칙만 있고 상태 저장 방식입니다(aws-facts.md §8).</translation>
    </message>
    <message>
        <source>REL-4: the ALB takes failed tasks out of rotation and ECS replaces them — only as well as the health check tells a failed task from a healthy one (aws-facts.md §3 &quot;Health check defaults&quot;).</source>
        <translation>REL-4: ALB는 실패한 태스크를 트래픽 대상에서 빼고 ECS가 이를 교체합니다. 다만 상태 확인이 실패한 태스크와 정상 태스크를 구별하는 만큼만 그렇게 됩니다(aws-facts.md §3 &quot;Health check defaults&quot;).</translation>
    </message>
    <message>
        <source>SEC-13/SEC-14: private tasks reach AWS through NAT gateways or VPC endpoints. Platform 1.4.0 needs ecr.api and ecr.dkr and the S3 gateway endpoint (aws-facts.md §4 &quot;PV 1.4.0 + ECR without NAT&quot;, &quot;Image pull path&quot;). This is the most common failure of the stack: the task stays PENDING with CannotPullContainerError.</source>
        <translation>SEC-13/SEC-14: 프라이빗 태스크는 NAT 게이트웨이나 VPC 엔드포인트를 통해 AWS에 도달합니다. 플랫폼 1.4.0에는 ecr.api, ecr.dkr, S3 게이트웨이 엔드포인트가 필요합니다(aws-facts.md §4 &quot;PV 1.4.0 + ECR without NAT&quot;, &quot;Image pull path&quot;). 이 스택에서 가장 흔한 장애로, 태스크가 CannotPullContainerError와 함께 PENDING 상태에 머뭅니다.</translation>
    </message>
    <message>
        <source>NET-2 (tasks in private subnets) and NET-3 (Aurora private, no route from the internet): only the ALB faces the internet; everything behind it is reachable from it alone (SEC-11).</source>
        <translation>NET-2(태스크는 프라이빗 서브넷에)와 NET-3(Aurora는 프라이빗, 인터넷에서 오는 라우팅 없음): 인터넷에 노출되는 것은 ALB뿐이며, 그 뒤의 모든 것은 ALB에서만 도달할 수 있습니다(SEC-11).</translation>
    </message>
    <message>
        <source>LOG-2/LOG-3: container logs are routed by awslogs or FireLens; without a path the log router cannot deliver, and awslogs failures stop the task from starting (aws-facts.md §4 &quot;awslogs without NAT&quot;).</source>
        <translation>LOG-2/LOG-3: 컨테이너 로그는 awslogs나 FireLens로 라우팅됩니다. 경로가 없으면 로그 라우터가 전달하지 못하고, awslogs가 실패하면 태스크가 시작되지 않습니다(aws-facts.md §4 &quot;awslogs without NAT&quot;).</translation>
    </message>
    <message>
        <source>SEC-13: NAT gateways in public subnets, one per zone. A zonal NAT gateway fails with its zone, taking the egress of every zone that routes through it, and cross-zone traffic is billed (aws-facts.md §2 &quot;NAT gateway is zonal&quot;).</source>
        <translation>SEC-13: NAT 게이트웨이는 가용 영역마다 하나씩 퍼블릭 서브넷에 둡니다. 영역 NAT 게이트웨이는 그 가용 영역과 함께 장애가 나며, 그것을 경유하는 모든 가용 영역의 송신 트래픽도 함께 끊깁니다. 가용 영역 간 트래픽에는 요금이 부과됩니다(aws-facts.md §2 &quot;NAT gateway is zonal&quot;).</translation>
    </message>
    <message>
        <source>SEC-13: the NAT gateway must be in a public subnet. A public NAT gateway needs an Elastic IP at creation and forwards to the internet gateway of its subnet&apos;s route table (aws-facts.md §2 &quot;NAT connectivity types&quot;, §0 on regional NAT).</source>
        <translation>SEC-13: NAT 게이트웨이는 퍼블릭 서브넷에 있어야 합니다. 퍼블릭 NAT 게이트웨이는 생성 시 탄력적 IP가 필요하며, 자신이 속한 서브넷의 라우팅 테이블에 있는 인터넷 게이트웨이로 트래픽을 전달합니다(aws-facts.md §2 &quot;NAT connectivity types&quot;, 리전 NAT는 §0).</translation>
    </message>
    <message>
        <source>SEC-7: no plaintext secrets — Secrets Manager (one ARN per secret, referenced from the task definition) or SSM SecureString; a plain String parameter is not encrypted.</source>
        <translation>SEC-7: 평문 보안 암호를 두지 않습니다. Secrets Manager(보안 암호마다 ARN 하나, 태스크 정의에서 참조)나 SSM SecureString을 쓰세요. 일반 String 파라미터는 암호화되지 않습니다.</translation>
    </message>
    <message>
        <source>AWS constraint (aws-facts.md §3 &quot;Listener protocols/ports&quot;, §6 &quot;Default ports&quot;): the APIs reject such values.</source>
        <translation>AWS 제약(aws-facts.md §3 &quot;Listener protocols/ports&quot;, §6 &quot;Default ports&quot;): API가 그런 값을 거부합니다.</translation>
    </message>
    <message>
        <source>SEC-7 keeps secrets in Secrets Manager; the task reads them at start, and without a path it fails to start (aws-facts.md §4 &quot;Secrets without NAT&quot;).</source>
        <translation>SEC-7은 보안 암호를 Secrets Manager에 보관합니다. 태스크는 시작할 때 보안 암호를 읽으므로, 경로가 없으면 시작에 실패합니다(aws-facts.md §4 &quot;Secrets without NAT&quot;).</translation>
    </message>
    <message>
        <source>REL-2: spread tasks over several zones; the service scheduler balances them, so a zone failure only takes part of the capacity.</source>
        <translation>REL-2: 태스크를 여러 가용 영역에 분산합니다. 서비스 스케줄러가 균형 있게 배치하므로 가용 영역 하나에 장애가 나도 용량의 일부만 잃습니다.</translation>
    </message>
    <message>
        <source>NET-2: application tasks in private subnets; only the ALB is public. A task in a public subnet without a public IP has no internet path either (aws-facts.md §4 &quot;Public subnet, no public IP&quot;).</source>
        <translation>NET-2: 애플리케이션 태스크는 프라이빗 서브넷에 두고 ALB만 퍼블릭으로 둡니다. 퍼블릭 IP 없이 퍼블릭 서브넷에 있는 태스크에는 인터넷 경로도 없습니다(aws-facts.md §4 &quot;Public subnet, no public IP&quot;).</translation>
    </message>
    <message>
        <source>SEC-13: a public IP on tasks is simple but not recommended; put tasks in private subnets and give them a NAT gateway in a public subnet. Each public IPv4 address is also billed.</source>
        <translation>SEC-13: 태스크에 퍼블릭 IP를 주는 방식은 간단하지만 권장하지 않습니다. 태스크는 프라이빗 서브넷에 두고 퍼블릭 서브넷의 NAT 게이트웨이를 쓰게 하세요. 퍼블릭 IPv4 주소마다 요금도 부과됩니다.</translation>
    </message>
    <message>
        <source>SEC-11: tasks accept traffic only from the ALB&apos;s security group; the same least privilege holds for the database tier (NET-3).</source>
        <translation>SEC-11: 태스크는 ALB 보안 그룹의 트래픽만 허용합니다. 데이터베이스 계층에도 같은 최소 권한 원칙이 적용됩니다(NET-3).</translation>
    </message>
    <message>
        <source>COST-3: Spot tasks are interrupted with SIGTERM two minutes before stopping; all of them can go at once. COST-2&apos;s example keeps a base on FARGATE (e.g. base 2, weight 1:4).</source>
        <translation>COST-3: Spot 태스크는 중지 2분 전에 SIGTERM으로 중단되며, 한꺼번에 모두 중단될 수도 있습니다. COST-2의 예시는 FARGATE에 기본 용량을 둡니다(예: base 2, weight 1:4).</translation>
    </message>
    <message>
        <source>PERF-4: small subnets run out of IPs under fast scale-out. Every Fargate task takes one address (awsvpc), AWS reserves 5 per subnet, an ALB needs 8 free per subnet (aws-facts.md §1, §3, §4 &quot;IP consumption&quot;).</source>
        <translation>PERF-4: 작은 서브넷은 빠른 스케일 아웃 시 IP가 부족해집니다. Fargate 태스크는 각각 주소 하나를 쓰고(awsvpc), AWS가 서브넷마다 5개를 예약하며, ALB는 서브넷마다 8개의 여유 주소가 필요합니다(aws-facts.md §1, §3, §4 &quot;IP consumption&quot;).</translation>
    </message>
    <message>
        <source>AWS constraint (aws-facts.md §1 &quot;Subnet inside VPC&quot;): CreateSubnet rejects it.</source>
        <translation>AWS 제약(aws-facts.md §1 &quot;Subnet inside VPC&quot;): CreateSubnet이 이를 거부합니다.</translation>
    </message>
    <message>
        <source>AWS constraint (aws-facts.md §1 &quot;Subnet overlap&quot;): the second subnet fails to create.</source>
        <translation>AWS 제약(aws-facts.md §1 &quot;Subnet overlap&quot;): 두 번째 서브넷은 생성에 실패합니다.</translation>
    </message>
    <message>
        <source>AWS constraint (aws-facts.md §3 &quot;Fargate / awsvpc target type&quot;): awsvpc tasks register by IP; the service creation fails with `instance`.</source>
        <translation>AWS 제약(aws-facts.md §3 &quot;Fargate / awsvpc target type&quot;): awsvpc 태스크는 IP로 등록됩니다. `instance`로는 서비스 생성에 실패합니다.</translation>
    </message>
    <message>
        <source>MET-3: the X-Ray daemon runs as a sidecar and its service endpoint is outside the VPC, so private tasks need a VPC endpoint or NAT (aws-facts.md §4 &quot;X-Ray&quot;). The service keeps running, but no trace arrives.</source>
        <translation>MET-3: X-Ray 데몬은 사이드카로 실행되며 서비스 엔드포인트가 VPC 밖에 있으므로, 프라이빗 태스크에는 VPC 엔드포인트나 NAT가 필요합니다(aws-facts.md §4 &quot;X-Ray&quot;). 서비스는 계속 실행되지만 트레이스가 도착하지 않습니다.</translation>
    </message>
    <message>
        <source>SEC-5: use trusted base images (Docker official / AWS-verified) and Docker Content Trust in CI to detect tampered images.</source>
        <translation>SEC-5: 신뢰할 수 있는 베이스 이미지(Docker 공식 / AWS 검증)를 쓰고, CI에서 Docker Content Trust로 변조된 이미지를 탐지합니다.</translation>
    </message>
    <message>
        <source>SEC-11: WAF attaches only to an ALB, API Gateway or CloudFront; put the public ALB in front and attach WAF to it (aws-facts.md §9 &quot;Regional web ACL targets&quot;).</source>
        <translation>SEC-11: WAF는 ALB, API Gateway, CloudFront에만 연결됩니다. 퍼블릭 ALB를 앞단에 두고 거기에 WAF를 연결하세요(aws-facts.md §9 &quot;Regional web ACL targets&quot;).</translation>
    </message>
</context>
<context>
    <name>Stackyard::SecurityGroupsEditor</name>
    <message>
        <source>Check a security group to attach it to this resource</source>
        <translation>이 리소스에 연결할 보안 그룹을 선택하세요</translation>
    </message>
    <message>
        <source>New security group</source>
        <translation>새 보안 그룹</translation>
    </message>
    <message>
        <source>Create a security group in this VPC and attach it</source>
        <translation>이 VPC에 보안 그룹을 만들어 연결합니다</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>%1의 규칙</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>인바운드</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>아웃바운드</translation>
    </message>
    <message>
        <source>Edit %1 rules of %2</source>
        <translation>%2의 %1 규칙 편집</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>인바운드</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>아웃바운드</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>%1을(를) %2에 연결</translation>
    </message>
    <message>
        <source>Detach %1 from %2</source>
        <translation>%2에서 %1 분리</translation>
    </message>
    <message>
        <source>Security group of %1</source>
        <translation>%1의 보안 그룹</translation>
    </message>
    <message>
        <source>Add security group %1</source>
        <translation>보안 그룹 %1 추가</translation>
    </message>
</context>
<context>
    <name>Stackyard::Severity</name>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
</context>
<context>
    <name>Stackyard::SgRulesTable</name>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Peer kind</source>
        <translation>소스/대상 종류</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>소스/대상</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Append a rule (TCP 443 from 10.0.0.0/16)</source>
        <translation>규칙 추가(10.0.0.0/16에서 TCP 443)</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>선택한 규칙 제거</translation>
    </message>
    <message>
        <source>Name a security group</source>
        <translation>보안 그룹 이름을 입력하세요</translation>
    </message>
    <message>
        <source>A prefix list starts with pl- (pl-s3, pl-dynamodb or an id)</source>
        <translation>접두사 목록은 pl-로 시작합니다(pl-s3, pl-dynamodb 또는 ID)</translation>
    </message>
    <message>
        <source>A port (443), a range (8000-8080) or all</source>
        <translation>포트(443), 범위(8000-8080) 또는 all</translation>
    </message>
</context>
<context>
    <name>Stackyard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Pan the canvas</source>
        <translation>캔버스 이동</translation>
    </message>
    <message>
        <source>Space + drag, or the middle mouse button</source>
        <translation>Space + 끌기 또는 마우스 가운데 버튼</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <translation>포인터 위치에서 확대/축소</translation>
    </message>
    <message>
        <source>Ctrl + wheel</source>
        <translation>Ctrl + 휠</translation>
    </message>
    <message>
        <source>Nudge the selection</source>
        <translation>선택 항목 조금 이동</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: a grid step)</source>
        <translation>화살표 키(Shift: 격자 한 칸)</translation>
    </message>
    <message>
        <source>Connect two resources</source>
        <translation>두 리소스 연결</translation>
    </message>
    <message>
        <source>Drag from a resource&apos;s handle to another</source>
        <translation>리소스의 핸들에서 다른 리소스로 끌기</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>Stackyard::Tier</name>
    <message>
        <source>public</source>
        <translation>퍼블릭</translation>
    </message>
    <message>
        <source>private</source>
        <translation>프라이빗</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>격리</translation>
    </message>
</context>
<context>
    <name>Stackyard::UndoDock</name>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>Click an edit to go back (or forward) to just after it</source>
        <translation>편집 항목을 클릭하면 그 편집 직후 상태로 되돌아갑니다(또는 앞으로 갑니다)</translation>
    </message>
</context>
<context>
    <name>Stackyard::WhatIf</name>
    <message>
        <source>Remove the NAT gateways</source>
        <translation>NAT 게이트웨이 제거</translation>
    </message>
    <message>
        <source>Remove the interface endpoints</source>
        <translation>인터페이스 엔드포인트 제거</translation>
    </message>
</context>
</TS>
