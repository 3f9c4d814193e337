// Chinese names for the codes the API uses. The rules themselves (which status may follow which) come
// from the server (/api/staff/tickets/meta and each ticket's `allowed`), never from here.

export const ROLE = { agent: '客服', supervisor: '客服主管', engineer: '工程师', admin: '管理员' };

export const REASON = {
  emergency: '紧急事件', serious_complaint: '严重投诉', repeat_complaint: '重复投诉', handoff: '转人工',
  misunderstood: '多次未理解', low_rating: '低分评价', binding_attack: '绑定异常',
};

export const CASE_STATUS = { open: '待接待', claimed: '接待中', resolved: '已解决' };

export const TICKET_TYPE = { repair: '报修', emergency: '紧急', complaint: '投诉', service: '上门服务' };

export const TICKET_STATUS = {
  submitted: '已受理', dispatched: '已派单', in_progress: '处理中', done: '已完成', followed_up: '已回访',
  closed: '已关闭', cancelled: '已取消', reopened: '已重开',
};

export const AUTHOR = { owner: '业主', bot: '机器人', staff: '客服', system: '系统' };

export const CHANNEL = { web: '网页', 'wechat-oa': '公众号', wechaty: '微信' };

export const ANNOUNCEMENT_STATUS = { draft: '草稿', scheduled: '待发送', cancelled: '已取消', sent: '已发送' };

export const label = (table, code) => (code == null ? '' : (table[code] ?? code));
